package vn.cong.portal.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.cong.platform.HtmlText;
import vn.cong.tenancy.HostKind;
import vn.cong.tenancy.HostOrigin;
import vn.cong.tenancy.HostnamePolicy;
import vn.cong.tenancy.ResolvedHost;
import vn.cong.tenancy.Successions;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitDirectory;

/**
 * Answers on the hostnames of a unit that was merged, shared out or retired (issue #11.5): a {@code 301} to the
 * successor's page — the moved article's new address, or the same path —, a page listing the successors of a unit
 * shared out among several, or {@code 410} with the date for a portal that stopped.
 */
@ApplicationScoped
public class ReorganisedHost {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    Successions successions;

    @Inject
    UnitDirectory directory;

    public void answer(HttpServletRequest request, HttpServletResponse response, ResolvedHost old) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Successions.Destination> destination = successions.destination(old.unit(), path.isEmpty() ? "/" : path);
        if (destination.isEmpty()) {
            page(response, HttpServletResponse.SC_GONE, old.unit(), "Cổng thông tin điện tử này đã ngừng hoạt động",
                    "<p>" + text(old.unit().getOfficialName()) + " đã ngừng hoạt động cổng thông tin điện tử"
                            + since(old.unit()) + ".</p>" + parentLink(request, old)
                            + "<p lang=\"en\">This portal has closed.</p>");
        } else if (destination.get() instanceof Successions.Moved moved) {
            redirect(request, response, old, moved);
        } else if (destination.get() instanceof Successions.SharedOut shared) {
            StringBuilder list = new StringBuilder("<ul>");
            for (Unit successor : shared.successors()) {
                String host = host(successor, old.kind());
                list.append("<li><a href=\"").append(text(HostOrigin.of(request, host))).append("/\">")
                        .append(text(successor.getOfficialName())).append("</a></li>");
            }
            list.append("</ul>");
            page(response, HttpServletResponse.SC_OK, shared.former(), text(shared.former().getOfficialName())
                    + " đã được sắp xếp lại", "<p>Từ" + since(shared.former()) + ", địa bàn của "
                    + text(shared.former().getOfficialName()) + " thuộc các đơn vị sau. Mời chọn đơn vị để tiếp tục:</p>"
                    + list + "<p lang=\"en\">This unit was reorganised; its area now belongs to the units above.</p>");
        }
    }

    /** Where citizens go on: the portal of the unit above, when it answers. */
    private String parentLink(HttpServletRequest request, ResolvedHost old) {
        Long parentId = old.unit().getParentId();
        if (parentId == null) {
            return "";
        }
        return directory.byUnitId(parentId).map(parent -> "<p>Mời xem thông tin tại <a href=\""
                + text(HostOrigin.of(request, host(parent.unit(), old.kind()))) + "/\">"
                + text(parent.unit().getOfficialName()) + "</a>.</p>").orElse("");
    }

    private void redirect(HttpServletRequest request, HttpServletResponse response, ResolvedHost old,
                          Successions.Moved moved) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", location(request, old, moved) + query);
    }

    /** The absolute address of a moved page, on the channel (Vietnamese or English) the request came by. */
    public String location(HttpServletRequest request, ResolvedHost from, Successions.Moved moved) {
        return HostOrigin.of(request, host(moved.unit(), from.kind())) + moved.path();
    }

    /** The successor's channel in the language of the old one: the English host leads to the English host. */
    private String host(Unit unit, HostKind oldKind) {
        String canonical = directory.byUnitId(unit.getId()).map(h -> h.hostname()).orElse(unit.getHostLabel());
        return (oldKind == HostKind.ENGLISH ? HostnamePolicy.englishHostname(canonical) : canonical) + "."
                + directory.baseDomain();
    }


    private static String since(Unit unit) {
        return unit.getRetiredAt() == null ? "" : " ngày " + DATE.format(unit.getRetiredAt());
    }

    private static void page(HttpServletResponse response, int status, Unit unit, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + title + "</title><style>body{font-family:"
                + "system-ui,\"Segoe UI\",Roboto,Arial,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;"
                + "color:#1b1b1b}h1{color:#0b4f8a}</style></head><body><main><h1>" + title + "</h1>" + body
                + "</main></body></html>\n";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return HtmlText.escape(value);
    }
}
