namespace ConsistencyCheck.Geography;

/// <summary>How a looked-up name names a place, best first: lookups rank by it before anything else.</summary>
public enum NameMatch : byte
{
    /// <summary>The place's own name, its ASCII spelling or its official name.</summary>
    Main,

    /// <summary>Another spelling, an exonym or a former name ("Kiev", "Wilno", "Tiflis").</summary>
    Alternate,

    /// <summary>The adjective or people of the place ("Lithuanian", "Swedes").</summary>
    Demonym,
}
