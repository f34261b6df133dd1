namespace ConsistencyCheck.Rules;

public enum Severity
{
    Error,
    Warning,
    Info,
}
