namespace SpineConformance.Simulator.Client;

/// <summary>The body of <c>POST /admin/patients/allocate</c>.</summary>
/// <param name="Count">How many patients, from 1 to 1000. The default value is 1.</param>
public sealed record AllocatePatientsRequest(int? Count = null);

/// <summary>Fresh synthetic patients: valid NHS numbers from the 999 test range that the simulator never handed out before.</summary>
/// <param name="NhsNumbers">The NHS numbers, in the order allocated.</param>
public sealed record AllocatedPatients(IReadOnlyList<string> NhsNumbers);
