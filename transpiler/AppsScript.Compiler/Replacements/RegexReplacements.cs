using System.Linq;
using System.Text.RegularExpressions;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis.CSharp;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Text.RegularExpressions: Regex (static and instance IsMatch, Match, Matches, Replace with a
/// replacement pattern or a MatchEvaluator, Split, Escape), Match, Group and the collections. A pattern and its
/// options must be constants: the compiler translates the pattern when it compiles (<see cref="RegexTranslator"/>),
/// so that the RegExp in the output matches as .NET does, and refuses one it cannot translate at the pattern.
/// Regex, Match and their groups are the Regex and Match helpers; a MatchCollection is an array of matches.
/// </summary>
internal static class RegexReplacements
{
    private const string Ns = "System.Text.RegularExpressions";
    private const string R = Ns + ".Regex";
    private const string S = "System.String";
    private const string Options = Ns + ".RegexOptions";
    private const string Evaluator = Ns + ".MatchEvaluator";

    public static void Register(ReplacementTable table)
    {
        table.Add($"M:{R}.#ctor({S})", call => NewRegex(call, 0, null));
        table.Add($"M:{R}.#ctor({S},{Options})", call => NewRegex(call, 0, 1));

        foreach (var (member, js) in new[] { ("IsMatch", "isMatch"), ("Match", "match"), ("Matches", "matches"), ("Split", "split") })
        {
            table.Add($"M:{R}.{member}({S})", call => call.CallOnReceiver(js, call.Arg(0)));
            table.Add($"M:{R}.{member}({S},{S})", call => Call(NewRegex(call, 1, null), js, call.Arg(0)));
            table.Add($"M:{R}.{member}({S},{S},{Options})", call => Call(NewRegex(call, 1, 2), js, call.Arg(0)));
        }
        table.Add($"M:{R}.Match({S},System.Int32)", call => call.CallOnReceiver("match", call.Arg(0), call.Arg(1)));
        table.Add(new[] { $"M:{R}.Replace({S},{S})", $"M:{R}.Replace({S},{Evaluator})" }, call => call.CallOnReceiver("replace", call.Arg(0), call.Arg(1)));
        table.Add(new[] { $"M:{R}.Replace({S},{S},{S})", $"M:{R}.Replace({S},{S},{Evaluator})" }, call => Call(NewRegex(call, 1, null), "replace", call.Arg(0), call.Arg(2)));
        table.Add(new[] { $"M:{R}.Replace({S},{S},{S},{Options})", $"M:{R}.Replace({S},{S},{Evaluator},{Options})" },
            call => Call(NewRegex(call, 1, 3), "replace", call.Arg(0), call.Arg(2)));
        table.Add($"M:{R}.Escape({S})", call => call.Helper("regexEscape_", call.Arg(0)));

        table.Add($"P:{Ns}.Capture.Value", call => call.Member("value"));
        table.Add($"M:{Ns}.Capture.ToString", call => call.Member("value"));
        table.Add($"P:{Ns}.Capture.Index", call => call.Member("index"));
        table.Add($"P:{Ns}.Capture.Length", call => call.Member("length"));
        table.Add($"P:{Ns}.Group.Success", call => call.Member("success"));
        table.Add($"P:{Ns}.Group.Name", call => call.Member("name"));
        table.Add($"P:{Ns}.Match.Groups", call => call.Member("groups"));
        table.Add($"M:{Ns}.Match.NextMatch", call => call.CallOnReceiver("nextMatch"));
        table.Add(new[] { $"P:{Ns}.GroupCollection.Item(System.Int32)", $"P:{Ns}.GroupCollection.Item({S})" },
            call => Call(call.Body.Helper("Match"), "group", call.Receiver, call.Arg(0)));
        table.Add(new[] { $"P:{Ns}.GroupCollection.Count", $"P:{Ns}.MatchCollection.Count" }, call => call.Member("length"));
        table.Add($"P:{Ns}.MatchCollection.Item(System.Int32)", call => new JsIndex(call.Receiver, call.Arg(0)));
    }

    /// <summary><c>new Regex(source)</c> for a constant pattern and options, with the group tables where named groups renumber them.</summary>
    private static JsExpression NewRegex(BclCall call, int patternIndex, int? optionsIndex)
    {
        var member = call.Symbol.ToDisplayString();
        if (call.Constant(patternIndex) is not string pattern)
        {
            return call.Body.Unsupported(call.ArgumentOperation(patternIndex)!, DiagnosticDescriptors.NonConstantRegex, "pattern", member);
        }
        var options = RegexOptions.None;
        if (optionsIndex is { } index)
        {
            if (!call.IsConstant(index)) return call.Body.Unsupported(call.ArgumentOperation(index)!, DiagnosticDescriptors.NonConstantRegex, "options", member);
            options = (RegexOptions)System.Convert.ToInt32(call.Constant(index), System.Globalization.CultureInfo.InvariantCulture);
        }
        RegexTranslation translation;
        try
        {
            translation = RegexTranslator.Translate(pattern, options);
        }
        catch (RegexRefusal refusal)
        {
            var written = SymbolDisplay.FormatLiteral(pattern, quote: true);
            return call.Body.Unsupported(call.ArgumentOperation(patternIndex)!, DiagnosticDescriptors.RegexPattern, written, refusal.Message);
        }
        var arguments = new JsExpression[] { new JsStringLiteral(translation.Source) }.ToList();
        if (!translation.NumbersAsWritten)
        {
            arguments.Add(new JsArrayLiteral(translation.GroupIndexes.Select(i => (JsExpression)new JsNumberLiteral(i)).ToArray()));
            arguments.Add(new JsArrayLiteral(translation.GroupNames.Select(n => (JsExpression)new JsStringLiteral(n)).ToArray()));
        }
        return new JsNew(call.Body.Helper("Regex"), arguments);
    }
}
