using System.Text;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>Writes C# line by line with indentation, and always <c>\n</c> line ends, so output is the same on every OS.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder text = new();
    private int depth;

    public void Line(string line)
    {
        for (var level = 0; level < depth; level++)
        {
            text.Append(IndentUnit);
        }

        text.Append(line).Append('\n');
    }

    public void BlankLine() => text.Append('\n');

    /// <summary>Appends what another writer wrote, indented to this writer's current depth.</summary>
    public void AppendIndented(SourceWriter other)
    {
        foreach (var line in other.text.ToString().Split('\n'))
        {
            if (line.Length > 0)
            {
                Line(line);
            }
            else
            {
                BlankLine();
            }
        }

        // Split leaves one empty piece after the last line end, which is not a line.
        text.Length -= 1;
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        depth++;
    }

    /// <summary>Opens a bare block, which keeps the names declared in it from clashing with later ones.</summary>
    public void OpenScope()
    {
        Line("{");
        depth++;
    }

    public void Close()
    {
        depth--;
        Line("}");
    }

    /// <summary>Writes one line of an XML doc comment, escaping what XML would misread.</summary>
    public void Doc(string line) => Line("/// " + line);

    public static string EscapeXml(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public override string ToString() => text.ToString();
}
