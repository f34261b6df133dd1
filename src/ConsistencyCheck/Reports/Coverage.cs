using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Reports;

/// <summary>
/// A date or a figure the recognisers saw in an article, and whether a rule checks it: a claim of the kind that
/// compares it (an event's date, a figure) with a subject to compare it by. What no rule checks is what the report
/// stays silent about, so a rule author sees what is left.
/// </summary>
public readonly record struct Seen(Article Article, SeenKind Kind, TextSpan Span, int Line, int Column, string Text, string Sentence, bool Checked);

public enum SeenKind : byte
{
    Date,
    Figure,
}

/// <summary>How many dates and figures a story's articles hold, and how many of them a rule checks.</summary>
public readonly record struct CoverageCount(int Dates, int DatesChecked, int Figures, int FiguresChecked)
{
    public static CoverageCount Of(IEnumerable<Seen> seen)
    {
        int dates = 0, datesChecked = 0, figures = 0, figuresChecked = 0;
        foreach (var item in seen)
        {
            if (item.Kind == SeenKind.Date)
            {
                dates++;
                datesChecked += item.Checked ? 1 : 0;
            }
            else
            {
                figures++;
                figuresChecked += item.Checked ? 1 : 0;
            }
        }
        return new CoverageCount(dates, datesChecked, figures, figuresChecked);
    }

    public int Unchecked => Dates - DatesChecked + Figures - FiguresChecked;

    public override string ToString() =>
        $"{Figures} figures ({FiguresChecked} checked), {Dates} dates ({DatesChecked} checked)";
}
