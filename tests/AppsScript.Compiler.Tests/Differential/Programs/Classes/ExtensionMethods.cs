using System;
using System.Collections.Generic;
using AppsScript.Interop;

public interface INamed
{
    string Name { get; }
}

public class Person : INamed
{
    public Person(string name, int age)
    {
        Name = name;
        Age = age;
    }

    public string Name { get; }
    public int Age { get; }
}

public static class NamedExtensions
{
    public static string Greeting(this INamed named, string salutation = "Hello") => salutation + ", " + named.Name;

    public static bool IsAdult(this Person person) => person.Age >= 18;

    public static int CountWhere<T>(this List<T> items, Func<T, bool> predicate)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (predicate(item)) count++;
        }
        return count;
    }

    public static string Repeat(this string text, int times)
    {
        var result = "";
        for (var i = 0; i < times; i++) result += text;
        return result;
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var people = new List<Person> { new Person("Ada", 36), new Person("Tim", 12), new Person("Eve", 18) };
        foreach (var person in people) Console.WriteLine(person.Greeting() + " " + person.IsAdult());
        Console.WriteLine(people[0].Greeting("Hi"));
        Console.WriteLine(people.CountWhere(p => p.IsAdult()));
        Console.WriteLine(people.CountWhere(NamedExtensions.IsAdult));
        Func<Person, bool> adult = NamedExtensions.IsAdult;
        Console.WriteLine(adult(people[1]));
        Console.WriteLine("ab".Repeat(3) + "|" + "x".Repeat(0) + "|");
        Func<int, string> dashes = "-".Repeat;
        Console.WriteLine(dashes(5));
        INamed named = people[2];
        Console.WriteLine(named.Greeting("Hey"));
    }
}
