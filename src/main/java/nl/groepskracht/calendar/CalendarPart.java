package nl.groepskracht.calendar;

/** An iCalendar object to send along with an e-mail, with its iTIP METHOD (REQUEST or CANCEL). */
public record CalendarPart(String method, String ics) {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";
}
