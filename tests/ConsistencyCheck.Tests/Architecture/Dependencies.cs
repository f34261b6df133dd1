using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ConsistencyCheck.Tests.Architecture;

/// <summary>One type of an assembly using another: in a field, a signature, a local, a base type or a method body.</summary>
internal readonly record struct Dependency(string From, string FromNamespace, string To, string ToNamespace);

/// <summary>
/// The types each type of an assembly uses, read from its metadata and IL: a fully qualified name or a global using
/// hides nothing here, as it would from a scan of <c>using</c> lines. Compiler-made types (closures, iterators) count
/// as the type that declares them.
/// </summary>
internal static class Dependencies
{
    public static List<Dependency> Of(string assemblyPath, string rootNamespace)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new HashSet<Dependency>();
        foreach (var type in module.GetTypes())
        {
            var owner = Outermost(type);
            if (!Within(owner.Namespace, rootNamespace))
                continue;
            var used = new List<TypeReference>();
            Collect(type, used);
            foreach (var target in used.SelectMany(Named))
            {
                var to = Outermost(target);
                if (Within(to.Namespace, rootNamespace) && to.FullName != owner.FullName)
                    found.Add(new Dependency(owner.FullName, owner.Namespace, to.FullName, to.Namespace));
            }
        }
        return [.. found.OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.To, StringComparer.Ordinal)];
    }

    /// <summary>The types (outermost) whose method bodies call <paramref name="method"/> of the type named <paramref name="declaringType"/>.</summary>
    public static List<string> CallersOf(string assemblyPath, string declaringType, string method)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var callers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            foreach (var body in type.Methods.Where(m => m.HasBody).Select(m => m.Body))
            {
                if (body.Instructions.Any(i => i.Operand is MethodReference m && m.Name == method && m.DeclaringType.FullName == declaringType))
                    callers.Add(Outermost(type).FullName);
            }
        }
        return [.. callers];
    }

    private static void Collect(TypeDefinition type, List<TypeReference> used)
    {
        if (type.BaseType is not null)
            used.Add(type.BaseType);
        used.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        used.AddRange(type.Fields.Select(f => f.FieldType));
        used.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var method in type.Methods)
        {
            used.Add(method.ReturnType);
            used.AddRange(method.Parameters.Select(p => p.ParameterType));
            if (!method.HasBody)
                continue;
            used.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions)
                Operand(instruction, used);
        }
    }

    private static void Operand(Instruction instruction, List<TypeReference> used)
    {
        switch (instruction.Operand)
        {
            case TypeReference t:
                used.Add(t);
                break;
            case MethodReference m:
                used.Add(m.DeclaringType);
                used.Add(m.ReturnType);
                used.AddRange(m.Parameters.Select(p => p.ParameterType));
                if (m is GenericInstanceMethod g)
                    used.AddRange(g.GenericArguments);
                break;
            case FieldReference f:
                used.Add(f.DeclaringType);
                used.Add(f.FieldType);
                break;
        }
    }

    /// <summary>The named types inside a reference: the element of an array, the arguments of a generic.</summary>
    private static IEnumerable<TypeReference> Named(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType g:
                yield return g.ElementType;
                foreach (var inner in g.GenericArguments.SelectMany(Named))
                    yield return inner;
                break;
            case TypeSpecification s:
                foreach (var inner in Named(s.ElementType))
                    yield return inner;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }

    private static bool Within(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type;
    }
}
