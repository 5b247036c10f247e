using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Family;

/// <summary>
/// "Barnets plan" as one self-contained, printable page in plain Swedish: the goals, who does
/// what and when, the next follow-up, and how to reach the barnkontakt and the stödsamordnare.
/// Built only from the family view, so it holds only what the meeting shared, and never a
/// personnummer. The same page is printed to PDF (see <see cref="FamilyPlanPdf"/>).
/// </summary>
public static class FamilyPlanPage
{
    public sealed record Contacts(Professional? ChildContact, Professional? SupportCoordinator);

    public static string Render(FamilyMeetingView view, Contacts contacts)
    {
        var child = view.Child;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(E($"Barnets plan – {child.DisplayName}")).Append("</title><style>").Append(Styles).Append("</style></head><body><main>");
        html.Append("<h1>").Append(E($"Barnets plan för {child.DisplayName}")).Append("</h1>");
        html.Append("<p class=\"lead\">Det här har vi bestämt tillsammans på mötet ").Append(E(FamilyWords.Date(DateOnly.FromDateTime(view.ScheduledAt.LocalDateTime)))).Append(".</p>");

        html.Append("<h2>Det här vill vi uppnå</h2>");
        if (child.Goals.Count == 0)
        {
            html.Append("<p>Inga mål är skrivna än.</p>");
        }
        else
        {
            html.Append("<ul class=\"goals\">");
            foreach (var goal in child.Goals)
            {
                html.Append("<li>").Append(E(goal.Text)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2>Vem gör vad, och när</h2>");
        if (child.Actions.Count == 0)
        {
            html.Append("<p>Inget är bestämt än.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th scope=\"col\">Vad</th><th scope=\"col\">Vem</th><th scope=\"col\">Klart senast</th><th scope=\"col\">Läge</th></tr></thead><tbody>");
            foreach (var action in child.Actions)
            {
                var who = action.Who is { } name ? $"{name} ({FamilyWords.Agency(action.Agency)})" : FamilyWords.Agency(action.Agency);
                html.Append("<tr><td>").Append(E(action.What)).Append("</td><td>").Append(E(who)).Append("</td><td>")
                    .Append(E(FamilyWords.Date(action.Due))).Append("</td><td>").Append(E(FamilyWords.Status(action.Status))).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (child.Minutes is { Length: > 0 } minutes)
        {
            html.Append("<h2>Det här sa vi på mötet</h2><p>").Append(E(minutes)).Append("</p>");
        }

        html.Append("<h2>Nästa gång vi ses</h2><p>Vi följer upp planen ").Append(E(FamilyWords.Date(child.NextFollowUp))).Append(".</p>");
        html.Append("<h2>Så når du oss</h2><ul class=\"contacts\">");
        Contact(html, "Barnkontakt", contacts.ChildContact);
        Contact(html, "Stödsamordnare", contacts.SupportCoordinator);
        html.Append("</ul><p class=\"print-hint\">Du kan skriva ut sidan eller spara den som PDF.</p></main></body></html>");
        return html.ToString();
    }

    private static void Contact(StringBuilder html, string role, Professional? person)
    {
        html.Append("<li><strong>").Append(E(role)).Append(":</strong> ");
        if (person is null)
        {
            html.Append("ingen utsedd än</li>");
            return;
        }

        html.Append(E($"{person.Name}, {person.Title}"));
        if (person.Phone is { Length: > 0 } phone)
        {
            html.Append(", telefon ").Append(E(phone));
        }

        if (person.Email is { Length: > 0 } email)
        {
            html.Append(", e-post ").Append(E(email));
        }

        html.Append("</li>");
    }

    /// <summary>Swedish letters stay letters (a PDF's text must read "Läxhjälp", not "L&amp;#xE4;xhj&amp;#xE4;lp").</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    private const string Styles = """
        body { font-family: system-ui, sans-serif; font-size: 1.15rem; line-height: 1.5; color: #1a1a1a; margin: 0; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.8rem; } h2 { font-size: 1.3rem; margin-top: 1.6rem; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #767676; padding: .4rem; text-align: left; vertical-align: top; }
        .lead { font-size: 1.2rem; }
        @media print { body { font-size: 11pt; } main { max-width: none; padding: 0; } .print-hint { display: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
        """;
}
