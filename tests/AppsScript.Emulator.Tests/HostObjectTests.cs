using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

/// <summary>A harness's own object in the scripts' global scope (<see cref="ScriptEnvironment.AddHostObject"/>).</summary>
public class HostObjectTests
{
    [Fact]
    public void Its_methods_are_camel_case_and_values_cross_as_json_data()
    {
        using var environment = new ScriptEnvironment();
        var shelf = new Shelf();
        environment.AddHostObject("shelf", shelf);

        var result = Script.Eval(environment, """
            shelf.putBooks(['Dune', 'Emma'], 2);
            const books = shelf.books();
            return [typeof shelf.putBooks, books.length, books[1].Title, books[1].Copies, shelf.find('Nope'), shelf.count()];
            """);

        Assert.Equal("""["function",2,"Emma",2,null,4]""", result.ReturnJson);
        Assert.Equal(["Dune", "Emma"], shelf.Titles);
    }

    [Fact]
    public void An_optional_parameter_left_out_takes_its_default_and_a_required_one_is_asked_for()
    {
        using var environment = new ScriptEnvironment();
        environment.AddHostObject("shelf", new Shelf());

        Assert.Equal("1", Script.Eval(environment, "shelf.putBooks(['Dune']); return shelf.count();").ReturnJson);
        Assert.Equal("The parameters () don't match the method signature for Shelf.putBooks.", Script.Fail(environment, "shelf.putBooks();").Message);
    }

    [Fact]
    public void Its_exceptions_reach_the_script_as_exceptions_it_can_catch()
    {
        using var environment = new ScriptEnvironment();
        environment.AddHostObject("shelf", new Shelf());

        var result = Script.Eval(environment, "try { shelf.lend('Dune'); } catch (e) { return String(e); }");

        Assert.Equal("\"Exception: Shelf.lend: No copy of Dune is on the shelf.\"", result.ReturnJson);
        Assert.Equal("Invalid argument: copies of Shelf.putBooks takes a Int32, not \"two\"", Script.Fail(environment, "shelf.putBooks(['Dune'], 'two');").Message);
    }

    [Fact]
    public void It_may_spend_the_executions_time_which_counts_against_its_limit()
    {
        using var environment = new ScriptEnvironment();
        environment.AddHostObject("calendar", new Calendar(environment.Clock));

        var result = Script.Eval(environment, "const before = Date.now(); calendar.waitMinutes(2); return (Date.now() - before) / 60000;");

        Assert.Equal("2", result.ReturnJson);
        Assert.Equal("Exceeded maximum execution time", Script.Fail(environment, "calendar.waitMinutes(7);").Message);
    }

    [Fact]
    public void A_name_a_service_has_or_that_is_no_identifier_and_overloaded_methods_are_refused()
    {
        using var environment = new ScriptEnvironment();

        Assert.Throws<ArgumentException>(() => environment.AddHostObject("Logger", new Shelf()));
        Assert.Throws<ArgumentException>(() => environment.AddHostObject("my shelf", new Shelf()));
        Assert.Throws<ArgumentException>(() => environment.AddHostObject("overloaded", new Overloaded()));
    }

    [Fact]
    public void Executions_started_before_it_was_added_do_not_see_it()
    {
        using var environment = new ScriptEnvironment();
        var before = Script.Eval(environment, "return typeof shelf;");
        environment.AddHostObject("shelf", new Shelf());

        Assert.Equal("\"undefined\"", before.ReturnJson);
        Assert.Equal("\"object\"", Script.Eval(environment, "return typeof shelf;").ReturnJson);
    }

    public sealed record Book(string Title, int Copies);

    public sealed class Shelf
    {
        private readonly List<Book> _books = [];

        public IReadOnlyList<string> Titles => _books.Select(book => book.Title).ToList();

        public void PutBooks(string[] titles, int copies = 1) => _books.AddRange(titles.Select(title => new Book(title, copies)));

        public Book[] Books() => _books.ToArray();

        public Book? Find(string title) => _books.FirstOrDefault(book => book.Title == title);

        public int Count() => _books.Sum(book => book.Copies);

        public void Lend(string title) => throw new InvalidOperationException($"No copy of {title} is on the shelf.");
    }

    public sealed class Calendar(Time.ScriptClock clock)
    {
        public void WaitMinutes(int minutes) => clock.Advance(TimeSpan.FromMinutes(minutes));
    }

    public sealed class Overloaded
    {
        public int Add(int a) => a;

        public int Add(int a, int b) => a + b;
    }
}
