using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AppsScript.Compiler.Projects;

/// <summary>
/// What a process that compiles again and again (the build server, watch mode) keeps from one compilation to the next:
/// the syntax tree of each source and the metadata of each reference, as long as the file's size and last write time
/// and the parse options are unchanged. Reusing the same <see cref="MetadataReference"/> objects also lets Roslyn reuse
/// the symbols it built for those assemblies, so a one-file edit re-parses one file and binds against warm references.
/// </summary>
public sealed class CompilationInputCache
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, CSharpParseOptions Options, SyntaxTree Tree)> _trees = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, MetadataReference Reference)> _references = new(StringComparer.Ordinal);

    public SyntaxTree Parse(string path, CSharpParseOptions options)
    {
        var stamp = FileStamp.Of(path);
        if (_trees.TryGetValue(path, out var cached) && cached.Stamp == stamp && cached.Options.Equals(options)) return cached.Tree;
        var tree = CompilationFactory.ParseFile(path, options);
        _trees[path] = (stamp, options, tree);
        return tree;
    }

    public MetadataReference Reference(string path)
    {
        var stamp = FileStamp.Of(path);
        if (_references.TryGetValue(path, out var cached) && cached.Stamp == stamp) return cached.Reference;
        var reference = MetadataReference.CreateFromFile(path);
        _references[path] = (stamp, reference);
        return reference;
    }

    private readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
    {
        public static FileStamp Of(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc) : throw new FileNotFoundException($"Could not find file '{path}'.", path);
        }
    }
}
