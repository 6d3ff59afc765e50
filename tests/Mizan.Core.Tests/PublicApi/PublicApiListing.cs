using System.Reflection;
using System.Text;

namespace Mizan.Tests.PublicApi;

/// <summary>
/// The public surface of an assembly as plain text, one line per public type and per public or
/// protected member, sorted: what other projects and users may depend on. Compiler-generated
/// members (record plumbing, property accessors, backing fields) are left out.
/// </summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The listing of <paramref name="assembly"/>.</summary>
    public static string Of(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (Type type in assembly.GetExportedTypes())
        {
            string name = TypeName(type);
            lines.Add($"{name} ({Kind(type)}){BaseList(type)}");
            if (type.IsEnum)
            {
                lines.AddRange(Enum.GetNames(type).Select(v => $"{name}.{v}"));
                continue;
            }

            foreach (MemberInfo member in type.GetMembers(Declared))
            {
                if (Describe(member) is { } line)
                {
                    lines.Add($"{name}::{line}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines.Distinct()) + "\n";
    }

    private static string? Describe(MemberInfo member)
    {
        switch (member)
        {
            case ConstructorInfo c when Visible(c):
                return $"ctor({Parameters(c)})";
            case MethodInfo m when Visible(m) && !m.IsSpecialName && !IsRecordPlumbing(m):
                return $"{(m.IsStatic ? "static " : string.Empty)}{TypeName(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})";
            case PropertyInfo p when (p.GetMethod is { } g && Visible(g)) || (p.SetMethod is { } s && Visible(s)):
                return $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{TypeName(p.PropertyType)} {p.Name} {{ {Accessors(p)}}}";
            case FieldInfo f when (f.IsPublic || f.IsFamily) && !f.IsSpecialName:
                return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{TypeName(f.FieldType)} {f.Name}";
            case EventInfo e when e.AddMethod is { } add && Visible(add):
                return $"event {TypeName(e.EventHandlerType!)} {e.Name}";
            default:
                return null;
        }
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static bool IsRecordPlumbing(MethodInfo m) =>
        m.Name is "<Clone>$" or "PrintMembers" or "Deconstruct" or "EqualityContract"
        || (m.Name is "Equals" or "GetHashCode" or "ToString" && m.DeclaringType?.GetMethod("<Clone>$") is not null)
        || m.Name.StartsWith("op_", StringComparison.Ordinal) && m.DeclaringType?.GetMethod("<Clone>$") is not null;

    private static string Accessors(PropertyInfo p)
    {
        var sb = new StringBuilder();
        if (p.GetMethod is { } g && Visible(g))
        {
            sb.Append("get; ");
        }

        if (p.SetMethod is { } s && Visible(s))
        {
            bool init = s.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            sb.Append(init ? "init; " : "set; ");
        }

        return sb.ToString();
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum"
        : t.IsInterface ? "interface"
        : t.IsValueType ? (t.GetMethod("<Clone>$") is not null || t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null ? "record struct" : "struct")
        : t.IsAbstract && t.IsSealed ? "static class"
        : t.GetMethod("<Clone>$") is not null ? (t.IsSealed ? "sealed record" : "record")
        : t.IsSealed ? "sealed class"
        : t.IsAbstract ? "abstract class"
        : "class";

    private static string BaseList(Type t)
    {
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(TypeName(b));
        }

        bases.AddRange(t.GetInterfaces()
            .Where(i => i.IsPublic && !(i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Select(TypeName)
            .Order(StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{TypeName(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = …" : string.Empty)}"));

    private static string TypeName(Type t)
    {
        if (t.IsByRef)
        {
            return TypeName(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return TypeName(t.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(t) is { } inner)
        {
            return TypeName(inner) + "?";
        }

        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        string name = t.IsNested ? TypeName(t.DeclaringType!) + "." + t.Name : (t.Namespace is { } ns ? ns + "." : string.Empty) + t.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        return t.IsGenericType ? $"{name}<{string.Join(", ", t.GetGenericArguments().Select(TypeName))}>" : name;
    }
}
