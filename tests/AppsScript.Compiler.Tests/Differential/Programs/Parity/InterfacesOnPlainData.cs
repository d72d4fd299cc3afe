using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public interface IEntity { string Id { get; } }
public interface IScored { int Score { get; } }
public class Customer : IEntity, IScored { public string Id { get; set; } = ""; public int Score { get; set; } }
public record Order(string Id, int Score) : IEntity, IScored;
public abstract class Named { public abstract string Name { get; } }
public class Artist : Named { public override string Name => "artist"; }

[GlobalFunctions]
public static class Program
{
    private static string IdOf(IEntity entity) => entity.Id;
    private static string IdOfGeneric<T>(T entity) where T : IEntity => entity.Id;
    private static int Total<T>(IEnumerable<T> items) where T : IScored => items.Sum(i => i.Score);

    public static void Main()
    {
        var customers = new List<Customer> { new Customer { Id = "c2", Score = 5 }, new Customer { Id = "c1", Score = 3 } };
        Console.WriteLine(IdOf(customers[0]) + " " + IdOfGeneric(customers[1]));
        Console.WriteLine(IdOf(new Order("o1", 7)) + " " + IdOfGeneric(new Order("o2", 1)));
        Console.WriteLine(Total(customers) + " " + Total(new[] { new Order("a", 2), new Order("b", 4) }));
        var entities = new List<IEntity> { customers[0], new Order("o0", 0), customers[1] };
        Console.WriteLine(string.Join(",", entities.OrderBy(e => e.Id).Select(e => e.Id)));
        Console.WriteLine(((Named)new Artist()).Name);
    }
}
