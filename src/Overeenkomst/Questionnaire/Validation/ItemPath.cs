namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// Where an item of a group is, nested groups included ("begroting[0].verdeling[1]"): a chain that becomes text only when
/// a check reports something in it, so walking the answers makes no path for every item.
/// </summary>
/// <param name="Parent">The item the group is in; null for a top-level group.</param>
/// <param name="Group">The group's question id.</param>
/// <param name="Index">The item's index in the group.</param>
internal sealed record ItemPath(ItemPath? Parent, string Group, int Index)
{
    /// <summary>The path of question <paramref name="id"/> in <paramref name="item"/>, or at the top level when it is null.</summary>
    public static string Of(ItemPath? item, string id) => item is null ? id : $"{item}.{id}";

    /// <inheritdoc />
    public override string ToString() => Parent is null ? $"{Group}[{Index}]" : $"{Parent}.{Group}[{Index}]";
}
