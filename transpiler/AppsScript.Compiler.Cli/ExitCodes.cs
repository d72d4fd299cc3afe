namespace AppsScript.Compiler.Cli;

/// <summary>The exit codes of gas-compile, the same whether the build server or this process compiled.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int CompileErrors = 1;
    public const int Usage = 2;
    /// <summary>The compiler itself failed (a bug in it): the exception is printed.</summary>
    public const int InternalError = 3;
}
