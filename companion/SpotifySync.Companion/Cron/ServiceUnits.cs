using System.Linq;
using System.Security;
using System.Text;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Cron;

/// <summary>The same schedule as a systemd user timer and as a launchd agent, for people who use those instead of cron.</summary>
public static class ServiceUnits
{
    public static string Systemd(ScheduledCommand command)
    {
        var text = new StringBuilder();
        foreach (var mode in ScheduledCommand.Modes)
        {
            var calendar = mode == SyncModes.Full ? "*-*-* 03:00:00" : "*:0/5";
            var exec = string.Join(" ", command.Arguments(mode).Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
            text.Append($"""
                # ~/.config/systemd/user/spotify-sync-{mode}.service
                [Unit]
                Description=SpotifySync {mode} run

                [Service]
                Type=oneshot
                Environment={string.Join(" ", command.Variables.Select(v => $"\"{v.Key}={v.Value}\""))}
                ExecStart={exec}

                # ~/.config/systemd/user/spotify-sync-{mode}.timer
                [Unit]
                Description=SpotifySync {mode} run, scheduled

                [Timer]
                OnCalendar={calendar}
                Persistent=true

                [Install]
                WantedBy=timers.target

                # enable with: systemctl --user daemon-reload && systemctl --user enable --now spotify-sync-{mode}.timer


                """);
        }
        return text.ToString();
    }

    /// <summary>
    /// The launchd agent of one mode: a plist document as its file holds it, the XML declaration first (nothing may
    /// come before it), then a comment naming the file and how to load it.
    /// </summary>
    public static string Launchd(ScheduledCommand command, string mode)
    {
        var arguments = string.Concat(command.Arguments(mode).Select(a => $"\n    <string>{SecurityElement.Escape(a)}</string>"));
        var variables = string.Concat(command.Variables.Select(v => $"<key>{v.Key}</key><string>{SecurityElement.Escape(v.Value)}</string>"));
        var schedule = mode == SyncModes.Full
            ? "<key>StartCalendarInterval</key>\n  <dict><key>Hour</key><integer>3</integer><key>Minute</key><integer>0</integer></dict>"
            : "<key>StartInterval</key>\n  <integer>300</integer>";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- ~/Library/LaunchAgents/com.spotifysync.{mode}.plist; load with: launchctl load ~/Library/LaunchAgents/com.spotifysync.{mode}.plist -->
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">
            <dict>
              <key>Label</key>
              <string>com.spotifysync.{mode}</string>
              <key>ProgramArguments</key>
              <array>{arguments}
              </array>
              <key>EnvironmentVariables</key>
              <dict>{variables}</dict>
              {schedule}
              <key>StandardOutPath</key>
              <string>{SecurityElement.Escape(command.CronLog)}</string>
              <key>StandardErrorPath</key>
              <string>{SecurityElement.Escape(command.CronLog)}</string>
            </dict>
            </plist>

            """;
    }
}
