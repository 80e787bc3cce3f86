using Rackwave.Security.Sessions;

namespace Rackwave.Security.Web.Components.Admin;

/// <summary>
/// One row of the console. Rows are equal when they show the same session, whatever else
/// changed: the table keys its rows by item, so a live reload keeps each row's elements in place
/// and a click that started before the reload still lands on its button. (With the session
/// record itself as the key, a new Last Active made a new key, the row was rebuilt under the
/// pointer and the click was lost.)
/// </summary>
public sealed class AdminSessionRow(SessionView session) : IEquatable<AdminSessionRow>
{
    public SessionView Session { get; } = session;

    public bool Equals(AdminSessionRow? other) => other is not null && other.Session.Id == Session.Id;

    public override bool Equals(object? obj) => Equals(obj as AdminSessionRow);

    public override int GetHashCode() => Session.Id.GetHashCode();
}
