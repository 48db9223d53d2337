package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.calendar.CalendarDay;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.platform.ApiLanguage;
import vn.cong.platform.DomainException;

/**
 * The national working calendar, read-only and public (no bearer token): the calendar is the same for every unit,
 * so it answers on every portal's host. Parameters are parsed here so that every bad value gets a localized 422,
 * never JAX-RS's bare 404 for an unconvertible query parameter.
 */
@Path("/calendar")
@Tag(name = "calendar", description = "Vietnam's working calendar " + CalendarResource.YEARS + ": public holidays"
        + " under the Labor Code in force on each date (2019 Art. 112, 2012 Art. 115, 1994 Art. 73; before 1995 the"
        + " Labor Code 1994's list as an approximation), the government's yearly schedule of swapped and compensatory"
        + " days, working-day arithmetic")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** About four years of working days: more is a mistake, not a deadline. */
    static final int MAX_DAYS = 1000;

    /** The years covered, from the calendar's constants. */
    static final String YEARS = WorkingCalendar.FIRST_YEAR + "–" + WorkingCalendar.LAST_YEAR;

    private static final String BAD_INPUT = "Invalid or missing parameter, or a year outside " + YEARS
            + "; the message is in the caller's language (Vietnamese, or English on english.* hosts and with"
            + " Accept-Language: en)";

    @Inject
    WorkingCalendar calendar;

    @Inject
    ApiLanguage language;

    @GET
    @Path("holidays")
    @Operation(summary = "The days of a year that depart from the ordinary working week",
            description = "Public holidays (kind HOLIDAY, on the official days when the government fixed them),"
                    + " extra days off of the official schedule (DAY_OFF: compensatory or swapped days) and Saturdays"
                    + " worked in exchange (WORKING_DAY), in date order. Ordinary weekly rest days are not listed;"
                    + " before 2 October 1999 only Sunday was one (Saturday was worked, and a holiday on a Saturday"
                    + " earned no compensatory day). Each day says whether its year has an official schedule"
                    + " (official) or is computed from the law alone, and its legal basis (basis).")
    @APIResponse(responseCode = "200", description = "The year's days, in date order", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = HolidayView.class)))
    @APIResponse(responseCode = "422", description = BAD_INPUT,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<HolidayView> holidays(
            @Parameter(description = "Gregorian year, " + YEARS,
                    example = "2026", required = true) @QueryParam("year") String year) {
        String lang = language.get();
        return calendar.holidays(year(year)).stream().map(day -> HolidayView.of(day, lang)).toList();
    }

    @GET
    @Path("add-working-days")
    @Operation(summary = "The N-th working day after a date",
            description = "The start date never counts; a negative N counts backwards. E.g. 2 working days after"
                    + " Friday 13 February 2026 (before the Tết break) is Tuesday 24 February.")
    @APIResponse(responseCode = "200", description = "The date reached",
            content = @Content(schema = @Schema(implementation = DateView.class)))
    @APIResponse(responseCode = "422", description = BAD_INPUT,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DateView addWorkingDays(
            @Parameter(description = "Start date, YYYY-MM-DD", example = "2026-02-13", required = true)
            @QueryParam("from") String from,
            @Parameter(description = "Number of working days, -" + MAX_DAYS + " to " + MAX_DAYS, example = "2",
                    required = true) @QueryParam("days") String days) {
        return new DateView(calendar.addWorkingDays(date("from", from), days(days)).toString());
    }

    @GET
    @Path("working-days")
    @Operation(summary = "The number of working days after one date up to another",
            description = "Counts the working days d with from < d ≤ to: the start date is excluded, the end date"
                    + " included (0 for the same day; negative when to is before from). It undoes add-working-days.")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "422", description = BAD_INPUT,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CountView workingDays(
            @Parameter(description = "Start date (excluded), YYYY-MM-DD", example = "2026-01-31", required = true)
            @QueryParam("from") String from,
            @Parameter(description = "End date (included), YYYY-MM-DD", example = "2026-02-28", required = true)
            @QueryParam("to") String to) {
        return new CountView(calendar.workingDaysBetween(date("from", from), date("to", to)));
    }

    /**
     * One listed day: its date, its name in the caller's language, HOLIDAY, DAY_OFF or WORKING_DAY, whether its year
     * has an official schedule, and its legal basis.
     */
    @Schema(name = "CalendarDay")
    public record HolidayView(@Schema(example = "2026-02-17") String date,
                              @Schema(example = "Tết Nguyên đán") String name,
                              @Schema(enumeration = {"HOLIDAY", "DAY_OFF", "WORKING_DAY"}) String kind,
                              @Schema(description = "true when operators recorded the government's schedule for the"
                                      + " year (the year's list is then complete as published); false when the year"
                                      + " is computed from the law alone", example = "true") boolean official,
                              @Schema(description = "Legal basis, in Vietnamese: the recorded document of an official"
                                      + " line, otherwise the article of the law in force on the day (for years"
                                      + " before 1995 marked as an approximation)",
                                      example = "Thông báo 9441/TB-BNV ngày 16/10/2025") String basis) {
        static HolidayView of(CalendarDay day, String language) {
            return new HolidayView(day.date().toString(), day.name(language), day.kind().name(), day.official(),
                    day.basis());
        }
    }

    public record DateView(@Schema(example = "2026-02-24") String date) {
    }

    public record CountView(@Schema(example = "15") int count) {
    }

    private static int year(String text) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{4}")) {
            throw new DomainException(422, "calendar.year.invalid", value);
        }
        return inRange(Integer.parseInt(value));
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(422, "calendar.date.missing", parameter);
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            inRange(date.getYear());
            return date;
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "calendar.date.invalid", text.strip());
        }
    }

    private static int days(String text) {
        String value = text == null ? "" : text.strip();
        try {
            int days = Integer.parseInt(value);
            if (Math.abs(days) <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below, like an out-of-range number
        }
        throw new DomainException(422, "calendar.days.invalid", value, -MAX_DAYS, MAX_DAYS);
    }

    private static int inRange(int year) {
        if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
            throw new DomainException(422, "calendar.year.unsupported", WorkingCalendar.FIRST_YEAR,
                    WorkingCalendar.LAST_YEAR);
        }
        return year;
    }
}
