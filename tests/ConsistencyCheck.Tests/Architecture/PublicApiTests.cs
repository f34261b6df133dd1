using System.Reflection;
using System.Text;
using ConsistencyCheck.Tests.Snapshots;
using Xunit;

namespace ConsistencyCheck.Tests.Architecture;

/// <summary>
/// Every public type and member of the engine, one line each and sorted, against a committed snapshot (Humanizer's
/// way): a change of what callers can use shows in review as a change of this file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_surface_of_the_engine_is_the_reviewed_one() =>
        Snapshot.Verify(Surface(typeof(Checker).Assembly), "PublicApi", "txt");

    /// <summary>A kind is reached through the registry and the shared types (Rule, ClaimValue, FactPolicy, ClaimComparer), never by name.</summary>
    [Fact]
    public void No_kind_is_public() =>
        Assert.DoesNotContain(typeof(Checker).Assembly.GetExportedTypes(), t => t.Namespace?.StartsWith("ConsistencyCheck.Kinds", StringComparison.Ordinal) == true);

    internal static string Surface(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Header(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
                text.Append("    ").Append(member).Append('\n');
        }
        return text.ToString();
    }

    private static string Header(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : "class";
        var modifiers = type switch
        {
            { IsValueType: true } or { IsInterface: true } => "",
            { IsAbstract: true, IsSealed: true } => "static ",
            { IsAbstract: true } => "abstract ",
            { IsSealed: true } => "sealed ",
            _ => "",
        };
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            bases.Add(Name(b));
        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"public {modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
                yield return name;
            yield break;
        }
        foreach (var c in type.GetConstructors(declared).Where(Visible))
            yield return $"{Access(c)}ctor({Parameters(c)})";
        foreach (var p in type.GetProperties(declared).Where(p => p.GetMethod is { } g && Visible(g) || p.SetMethod is { } s && Visible(s)))
        {
            var accessors = (p.GetMethod is { } g && Visible(g) ? "get; " : "") + (p.SetMethod is { } s && Visible(s) ? (IsInit(s) ? "init; " : "set; ") : "");
            var index = p.GetIndexParameters() is { Length: > 0 } ip ? $"[{string.Join(", ", ip.Select(x => Name(x.ParameterType)))}]" : "";
            yield return $"{Access((p.GetMethod ?? p.SetMethod)!)}{Name(p.PropertyType)} {p.Name}{index} {{ {accessors}}}";
        }
        foreach (var m in type.GetMethods(declared).Where(m => Visible(m) && !m.IsSpecialName))
            yield return $"{Access(m)}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})";
        foreach (var f in type.GetFields(declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
            yield return $"{(f.IsStatic ? "static " : "")}{(f.IsLiteral ? "const " : f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}";
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Access(MethodBase m) =>
        (m.IsFamily || m.IsFamilyOrAssembly ? "protected " : "")
        + (m.IsStatic ? "static " : "")
        + (m.IsAbstract ? "abstract " : m is MethodInfo mi && mi.IsVirtual && !mi.IsFinal ? (mi.GetBaseDefinition() != mi ? "override " : "virtual ") : "");

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => $"{(p.ParameterType.IsByRef ? p.IsOut ? "out " : "ref " : "")}{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type type)
    {
        if (type.IsByRef)
            return Name(type.GetElementType()!);
        if (type.IsArray)
            return Name(type.GetElementType()!) + "[]";
        if (Nullable.GetUnderlyingType(type) is { } inner)
            return Name(inner) + "?";
        if (type.IsGenericParameter)
            return type.Name;
        var name = type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : type.Namespace is "System" or "System.Collections.Generic" ? type.Name : type.FullName ?? type.Name;
        if (!type.IsGenericType)
            return name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return $"{(tick < 0 ? name : name[..tick])}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
