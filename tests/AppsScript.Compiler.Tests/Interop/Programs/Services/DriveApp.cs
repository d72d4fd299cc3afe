using AppsScript.Interop;
using AppsScript.Interop.Drive;
using AppsScript.Interop.Services;

// DriveApp: iterators, a hand-bound Blob where the typings take a BlobSource, overloads that differ in arity.
[GlobalFunctions]
public static class Program
{
    public static string Run(string folderName)
    {
        var folders = DriveApp.GetFoldersByName(folderName);
        var folder = folders.HasNext() ? folders.Next() : DriveApp.CreateFolder(folderName);
        var file = folder.CreateFile("tracks.csv", "Song,Artist\n", "text/csv");
        var copy = DriveApp.CreateFile(Utilities.NewBlob("{}", "application/json", "tracks.json"));
        var count = 0;
        var files = folder.GetFiles();
        while (files.HasNext())
        {
            files.Next();
            count++;
        }
        return file.GetName() + ", " + copy.GetId() + ", " + count + " files";
    }
}
