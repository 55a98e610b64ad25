namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// An SDS workgroup's id (<c>agentOrganizationSDS/id</c>, <c>workgroupCode/value</c>): 1 to 12 characters under the workgroup
/// root, Spine 2's bound (LR.md §10.7). Unlike the user and role profile ids it is not restricted to digits: the MIM types
/// it as a plain II and Spine 2 checks only its length.
/// </summary>
public sealed record WorkgroupId
{
    /// <summary>The OID Spine uses as the <c>root</c> of a workgroup id.</summary>
    public const string Oid = "1.2.826.0.1285.0.2.0.109";

    public const int MaxLength = 12;

    private WorkgroupId(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<WorkgroupId> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<WorkgroupId>.Fail("A workgroup id is required but the value was empty.");
        }

        return text.Length <= MaxLength
            ? ParseResult<WorkgroupId>.Ok(new WorkgroupId(text))
            : ParseResult<WorkgroupId>.Fail($"A workgroup id has 1 to {MaxLength} characters; '{text}' has {text.Length}.");
    }

    public static WorkgroupId From(string text) => Parse(text).Value;

    public override string ToString() => Value;
}
