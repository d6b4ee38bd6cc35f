package nl.groepskracht.monitoring;

import java.time.YearMonth;

/** A calendar month as the number yyyymm, the key of the read model's monthly figures. */
final class MonthKeys {

    private MonthKeys() {
    }

    static int of(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
