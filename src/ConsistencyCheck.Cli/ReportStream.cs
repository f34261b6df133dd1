using System.Text;
using ConsistencyCheck.Reports;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Writes a report story by story as the stories are checked, so that a corpus's reports are never all in memory. The
/// bytes are those of the report of all the stories at once: text and Markdown stories follow each other (a check's
/// after a blank line), and JSON is one object whose <c>stories</c> array holds them, however many there are. Nothing is
/// written before a story has been checked: when none can be, there is no report. A format that is one document (HTML)
/// gives its opening as <paramref name="head"/> and its closing as <paramref name="foot"/>, which may depend on what
/// was written (a Markdown comment ends with what its size limit left out).
/// </summary>
internal sealed class ReportStream(TextWriter target, bool json, Func<StoryReport, string> render, string between = "\n",
    string head = "", Func<string>? foot = null)
{
    private readonly StringBuilder _held = new();
    private readonly List<PreparedStory> _notChecked = [];
    private bool _started;
    private int _written;

    public IReadOnlyList<PreparedStory> NotChecked => _notChecked;

    public void Add(PreparedStory story, StoryReport report)
    {
        var text = render(report);
        var piece = !json ? (_written == 0 ? head + text : between + text)
            : (_written == 0 ? JsonReport.Opening : ",\n") + JsonReport.Nested(text);
        _written++;
        if (!report.Checked)
            _notChecked.Add(story);
        if (_started)
        {
            target.Write(piece);
            return;
        }
        _held.Append(piece);
        if (report.Checked)
        {
            _started = true;
            target.Write(_held.ToString());
            _held.Clear();
        }
    }

    /// <summary>Closes the report; false when no story could be checked, and nothing was written.</summary>
    public bool Finish()
    {
        if (!_started)
            return false;
        if (json)
            target.Write(JsonReport.Closing);
        target.Write(foot?.Invoke() ?? "");
        return true;
    }
}
