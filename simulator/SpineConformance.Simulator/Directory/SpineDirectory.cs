namespace SpineConformance.Simulator.Directory;

/// <summary>
/// The SDS directory the simulator answers from: systems, users and their role profiles, organisations and
/// workgroups. Reads see a consistent snapshot; each change replaces the snapshot atomically, so concurrent
/// requests never see half an edit. LR and ACS share it (LR.md §11: workgroups live in SDS).
/// </summary>
public sealed class SpineDirectory(DirectoryData initial)
{
    private readonly Lock gate = new();
    private DirectoryData current = initial;
    private Action<Func<DirectoryData, DirectoryData>>? storedChange;
    private long changes;

    public event EventHandler? Changed;

    public DirectoryData Snapshot()
    {
        lock (gate)
        {
            return current;
        }
    }

    public string SpinePartyKey => Snapshot().SpinePartyKey;

    public AccreditedSystem? SystemByAsid(string? asid) => Snapshot().Systems.FirstOrDefault(s => s.Asid == asid);

    public AccreditedSystem? SystemByPartyKey(string? partyKey) => Snapshot().Systems.FirstOrDefault(s => s.PartyKey == partyKey);

    public DirectoryUser? User(string? userId) => Snapshot().Users.FirstOrDefault(u => u.UserId == userId);

    /// <summary>The user holding a role profile, and the profile.</summary>
    public (DirectoryUser User, RoleProfile Profile)? RoleProfile(string? roleProfileId) =>
        Snapshot().Users.SelectMany(u => u.RoleProfiles.Select(p => (u, p))).FirstOrDefault(x => x.p.RoleProfileId == roleProfileId) is { u: not null } found
            ? (found.u, found.p)
            : null;

    public Workgroup? Workgroup(string? workgroupId) => Snapshot().Workgroups.FirstOrDefault(w => w.WorkgroupId == workgroupId);

    public Organisation? Organisation(string? odsCode) => Snapshot().Organisations.FirstOrDefault(o => o.OdsCode == odsCode);

    /// <summary>The role profiles that are members of a workgroup.</summary>
    public IReadOnlyList<(DirectoryUser User, RoleProfile Profile)> Members(string workgroupId) =>
        Snapshot().Users.SelectMany(u => u.RoleProfiles.Where(p => p.Workgroups.Contains(workgroupId)).Select(p => (u, p))).ToList();

    public void Replace(DirectoryData data) => Update(_ => data);

    /// <summary>The directory and how many changes this process has made to it, read together.</summary>
    public (DirectoryData Data, long Changes) SnapshotWithChanges()
    {
        lock (gate)
        {
            return (current, changes);
        }
    }

    /// <summary>
    /// Shows the directory as another replica stored it, unless this process has changed its own since
    /// <paramref name="changesStored"/> (a copy read before that change was stored would hide it).
    /// Not a change of this process's: <see cref="Changed"/> is not raised, so it is not stored again.
    /// </summary>
    public bool ShowStored(DirectoryData data, long changesStored)
    {
        lock (gate)
        {
            if (changes != changesStored)
            {
                return false;
            }

            current = data;
            return true;
        }
    }

    public void Upsert(AccreditedSystem system) =>
        Update(d => d with { Systems = [.. d.Systems.Where(s => s.Asid != system.Asid), system] });

    public void Upsert(DirectoryUser user) =>
        Update(d => d with { Users = [.. d.Users.Where(u => u.UserId != user.UserId), user] });

    public void Upsert(Workgroup workgroup) =>
        Update(d => d with { Workgroups = [.. d.Workgroups.Where(w => w.WorkgroupId != workgroup.WorkgroupId), workgroup] });

    public void Upsert(Organisation organisation) =>
        Update(d => d with { Organisations = [.. d.Organisations.Where(o => o.OdsCode != organisation.OdsCode), organisation] });

    public bool RemoveSystem(string asid) => Remove(d => d.Systems.Any(s => s.Asid == asid), d => d with { Systems = [.. d.Systems.Where(s => s.Asid != asid)] });

    /// <summary>Adds a role profile to a workgroup; false when it was already a member (Spine answers <c>alreadyAMember</c>).</summary>
    public bool AddMember(string workgroupId, string roleProfileId) => ChangeMembership(workgroupId, roleProfileId, add: true);

    /// <summary>Removes a role profile from a workgroup; false when it was not a member (<c>wasNotAMember</c>).</summary>
    public bool RemoveMember(string workgroupId, string roleProfileId) => ChangeMembership(workgroupId, roleProfileId, add: false);

    private bool ChangeMembership(string workgroupId, string roleProfileId, bool add)
    {
        var changed = false;
        Update(d => d with
        {
            Users = [.. d.Users.Select(u => u with
            {
                RoleProfiles = [.. u.RoleProfiles.Select(p =>
                {
                    if (p.RoleProfileId != roleProfileId || p.Workgroups.Contains(workgroupId) == add)
                    {
                        return p;
                    }

                    changed = true;
                    return p with { Workgroups = add ? [.. p.Workgroups, workgroupId] : [.. p.Workgroups.Where(w => w != workgroupId)] };
                })],
            })],
        });
        return changed;
    }

    private bool Remove(Func<DirectoryData, bool> exists, Func<DirectoryData, DirectoryData> change)
    {
        var found = false;
        Update(d =>
        {
            found = exists(d);
            return found ? change(d) : d;
        });
        return found;
    }

    /// <summary>
    /// From now on each change is made by <paramref name="applyStored"/> to the stored directory, which then shows what was
    /// stored (<see cref="ShowOwn"/>): a change made here keeps a change another replica stored a moment before, even if
    /// this process has not shown that one yet.
    /// </summary>
    internal void ChangeThrough(Action<Func<DirectoryData, DirectoryData>> applyStored) => storedChange = applyStored;

    /// <summary>Shows the directory as this process's own change left it in the store.</summary>
    internal void ShowOwn(DirectoryData data)
    {
        lock (gate)
        {
            current = data;
            changes++;
        }
    }

    private void Update(Func<DirectoryData, DirectoryData> change)
    {
        if (storedChange is { } applyStored)
        {
            applyStored(change);
        }
        else
        {
            lock (gate)
            {
                current = change(current);
                changes++;
            }
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }
}
