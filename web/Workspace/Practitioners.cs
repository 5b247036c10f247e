using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Workspace;

/// <summary>
/// Who works with children: the directory decides (a practitioner role in an agency consent can
/// name, see GrainInterfaces.Directory.DirectoryRoles). Only they are invited to meetings, made
/// barnkontakt, assigned actions or made stödsamordnare.
/// </summary>
public static class Practitioners
{
    public static bool IsPractitioner(Professional professional) => professional.Practitioner;
}
