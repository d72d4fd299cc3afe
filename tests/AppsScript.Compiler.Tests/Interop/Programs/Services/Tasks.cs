using AppsScript.Interop;
using AppsScript.Interop.Advanced;
using TaskItem = AppsScript.Interop.Tasks.Schema.Task;

// The Tasks Advanced Service: collections as properties of the service (Tasks.Tasks), plain data made with an
// object initialiser (only the members set reach the API), an optional-arguments overload.
[GlobalFunctions]
public static class Program
{
    public static string Run(string title)
    {
        var list = Tasks.Tasklists.List().Items;
        if (list is null || list.Length == 0) return "no task lists";
        var created = Tasks.Tasks_.Insert(new TaskItem { Title = title, Notes = "from SpotifySync" }, list[0].Id!);
        var listed = Tasks.Tasks_.List(list[0].Id!).Items;
        return created.Id + " of " + (listed?.Length ?? 0);
    }
}
