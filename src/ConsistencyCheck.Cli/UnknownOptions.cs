using System.CommandLine;
using System.CommandLine.Parsing;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Words that look like options but name none of the command's. System.CommandLine hands such a word to the PATH
/// argument, so a typo ("--formt json") would be checked as a folder; here it is a usage error that names the
/// option meant. Words after "--" are left alone: that is how a folder whose name starts with '-' is given.
/// </summary>
internal static class UnknownOptions
{
    public static List<string> Find(ParseResult parsed)
    {
        var messages = new List<string>();
        var names = OptionNames(parsed.CommandResult);
        foreach (var token in parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash))
        {
            // A lone '-' is standard input (stories --changed -)
            if (token.Type != TokenType.Argument || !token.Value.StartsWith('-') || token.Value == "-")
                continue;
            // An option left without its value takes the next option as one ("--against --format json")
            if (names.Contains(token.Value, StringComparer.Ordinal))
            {
                var owner = parsed.CommandResult.Children.OfType<OptionResult>().FirstOrDefault(o => o.Tokens.Contains(token))?.Option.Name;
                messages.Add(owner is null ? $"'{token.Value}' stands where a value is expected" : $"{owner} needs a value before {token.Value}");
                continue;
            }
            // A negative number an option took as its value ("--max-chars -1") is for that option's own check to refuse
            if (double.TryParse(token.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                && parsed.CommandResult.Children.OfType<OptionResult>().Any(o => o.Tokens.Contains(token)))
                continue;
            var hint = Suggestions.Closest(token.Value, names) is { } best
                ? $": did you mean '{best}'?"
                : "; a folder whose name starts with '-' goes after '--'";
            messages.Add($"unknown option '{token.Value}'{hint}");
        }
        return messages;
    }

    // The command's own options, and those its ancestors pass down (--help).
    private static List<string> OptionNames(CommandResult command)
    {
        var names = new List<string>();
        var own = true;
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is not CommandResult { Command: var c })
                continue;
            foreach (var option in c.Options.Where(o => own || o.Recursive))
                names.AddRange([option.Name, .. option.Aliases]);
            own = false;
        }
        return names;
    }
}
