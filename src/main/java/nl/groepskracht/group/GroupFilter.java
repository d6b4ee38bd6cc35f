package nl.groepskracht.group;

import java.time.LocalDate;

/** Optional filters of the group list; a null field does not filter. The period matches groups that meet in it. */
public record GroupFilter(Long wijkId, Long themeId, GroupStatus status, LocalDate from, LocalDate to) {

    public static GroupFilter none() {
        return new GroupFilter(null, null, null, null, null);
    }
}
