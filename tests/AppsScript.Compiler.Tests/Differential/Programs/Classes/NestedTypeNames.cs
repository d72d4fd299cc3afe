using System;
using System.Collections.Generic;
using AppsScript.Interop;

namespace Shop
{
    public class Zoo
    {
        public abstract class Animal
        {
            public abstract string Sound();
        }

        public class Cat : Animal
        {
            public override string Sound() => "meow";
        }

        public class Dog : Animal
        {
            public override string Sound() => "woof";
        }
    }

    public class Bird : Zoo.Animal
    {
        public override string Sound() => "tweet";
    }

    public class Boom
    {
        public static readonly int Value;

        static Boom()
        {
            Value = int.Parse("not a number");
        }
    }

    public class Container
    {
        public class Failing
        {
            public static int Value;

            static Failing()
            {
                Value = int.Parse("x");
            }
        }
    }

    public class ShopError : Exception
    {
        public class Detail : Exception
        {
        }
    }
}

public class TopLevelError : Exception
{
}

[GlobalFunctions]
public static class Program
{
    private static void Cast(string what, Func<string> cast)
    {
        try
        {
            Console.WriteLine(what + ": " + cast());
        }
        catch (InvalidCastException ex)
        {
            Console.WriteLine(what + ": " + ex.Message);
        }
    }

    public static void Main()
    {
        var animals = new List<Shop.Zoo.Animal> { new Shop.Zoo.Cat(), new Shop.Zoo.Dog(), new Shop.Bird() };
        foreach (var animal in animals)
        {
            Console.WriteLine(animal.Sound() + " " + animal.GetType().Name + " " + animal.GetType().FullName);
            Cast("as dog", () => ((Shop.Zoo.Dog)animal).Sound());
            Cast("as bird", () => ((Shop.Bird)animal).Sound());
        }
        var cat = new Shop.Zoo.Cat();
        Console.WriteLine(cat.GetType().Name + " " + cat.GetType().FullName);
        try
        {
            Console.WriteLine(Shop.Boom.Value);
        }
        catch (TypeInitializationException ex)
        {
            Console.WriteLine(ex.Message + " / " + ex.InnerException?.Message);
        }
        try
        {
            Console.WriteLine(Shop.Container.Failing.Value);
        }
        catch (TypeInitializationException ex)
        {
            Console.WriteLine(ex.Message);
        }
        Console.WriteLine(new Shop.ShopError().Message);
        Console.WriteLine(new Shop.ShopError.Detail().Message);
        Console.WriteLine(new TopLevelError().Message);
    }
}
