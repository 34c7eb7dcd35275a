namespace Overeenkomst.Agreements;

/// <summary>Who does something to an agreement: their e-mail (how participants lists know them) and name (for people reading the log).</summary>
/// <param name="Email">Their e-mail address, lower case.</param>
/// <param name="Name">Their name.</param>
public readonly record struct Actor(string Email, string Name);
