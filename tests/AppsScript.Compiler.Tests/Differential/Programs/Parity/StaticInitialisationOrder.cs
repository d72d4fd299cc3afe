using System;
using AppsScript.Interop;

public static class A { public static readonly string Url = B.Base + "/v1"; }
public static class B { public static readonly string Base = "https://api"; }
public class Derived : Base { public string Extra => Name + "!"; }
public class Base { public string Name => "base"; }

[GlobalFunctions]
public static class Program
{
    public static void Main() => Console.WriteLine(A.Url + " " + new Derived().Extra);
}
