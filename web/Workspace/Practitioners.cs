using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Workspace;

/// <summary>
/// Who works with children: someone of an agency that consent can name and with no system role
/// (auditors, operations and evaluators reach no child). Only they are invited to meetings or made
/// barnkontakt.
/// </summary>
public static class Practitioners
{
    public static bool IsPractitioner(Professional professional) =>
        professional.Roles.Count == 0 && AgencyKinds.OfDirectoryAgency(professional.Agency) is not null;
}
