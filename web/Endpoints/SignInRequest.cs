namespace BackaBarnet.Live.Web.Endpoints;

public sealed record SignInRequest(string? ProfessionalId);
