using System.CommandLine;
using System.CommandLine.Help;

namespace SpotifySync.Companion.Commands;

/// <summary>
/// A command that only groups others (<c>spotify-sync</c>, <c>spotify-sync cron</c>) run without one prints its help
/// and exits 0: a person trying the tool for the first time gets the commands, not "Required command was not provided".
/// </summary>
public static class BareCommandHelp
{
    public static T PrintsHelpWhenBare<T>(this T command)
        where T : Command
    {
        command.SetAction(parse =>
        {
            new HelpAction().Invoke(parse);
            return ExitCodes.Success;
        });
        return command;
    }
}
