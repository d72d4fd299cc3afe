using System;
using AppsScript.Interop;

public class Trace
{
    public static int Counter;

    public static int Note(string what, int value)
    {
        Counter++;
        Console.WriteLine(what + " (counter " + Counter + ")");
        return value;
    }
}

public class Animal
{
    private readonly int legs = Trace.Note("Animal.legs initialiser", 4);

    public Animal()
    {
        Console.WriteLine("Animal() body, legs " + legs);
        Trace.Counter += 10;
    }

    public int Legs => legs;
}

public class Dog : Animal
{
    private readonly int tail = Trace.Note("Dog.tail initialiser", 1);
    private readonly int seenCounter = Trace.Counter;
    private readonly string name = "rex";

    public Dog()
    {
        Console.WriteLine("Dog() body, tail " + tail + ", seen " + seenCounter + ", name " + name);
    }

    public int SeenCounter => seenCounter;
}

public class Puppy : Dog
{
    private readonly int age = Trace.Note("Puppy.age initialiser", 1);
    public int Weight { get; set; } = Trace.Note("Puppy.Weight initialiser", 3);

    public Puppy()
    {
        Console.WriteLine("Puppy() body, age " + age + ", weight " + Weight);
    }
}

public class Vehicle
{
    public Vehicle(int wheels)
    {
        Console.WriteLine("Vehicle(" + wheels + ") body");
        Wheels = wheels;
    }

    public int Wheels { get; }
}

public class Car : Vehicle
{
    private readonly int seats = Trace.Note("Car.seats initialiser", 5);

    public Car(int wheels) : base(Trace.Note("Car base argument", wheels))
    {
        Console.WriteLine("Car(" + wheels + ") body, seats " + seats);
    }
}

public class Truck : Car
{
    private readonly int axles = Trace.Note("Truck.axles initialiser", 3);
    private readonly int readAtStart = Trace.Counter;

    public Truck() : base(Trace.Note("Truck base argument", 6))
    {
        Console.WriteLine("Truck() body, axles " + axles + ", read " + readAtStart);
    }
}

public class Plain : Animal
{
    private readonly int quiet = 7;
    private readonly int[] list = { 1, 2 };

    public Plain(int extra)
    {
        Console.WriteLine("Plain body " + (quiet + extra) + " " + list.Length);
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("-- Dog");
        var dog = new Dog();
        Console.WriteLine("dog legs " + dog.Legs + ", seen " + dog.SeenCounter + ", counter " + Trace.Counter);
        Console.WriteLine("-- Puppy");
        new Puppy();
        Console.WriteLine("-- Car");
        var car = new Car(4);
        Console.WriteLine("car wheels " + car.Wheels);
        Console.WriteLine("-- Truck");
        new Truck();
        Console.WriteLine("-- Plain");
        new Plain(1);
        Console.WriteLine("counter " + Trace.Counter);
    }
}
