package nl.rendement.app.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** What one group adds up to: the people on the day, the year's leavers and monthly headcounts. */
final class Tally {

    private long headcount;
    private BigDecimal fte = BigDecimal.ZERO;
    private long tenureDays;
    private final List<BigDecimal> salaries = new ArrayList<>();
    private long voluntaryLeavers;
    private long otherLeavers;
    private long monthlyHeadcounts;

    /** Counts someone employed on {@code day}; salaries in another currency stay out of the quartiles. */
    void count(Employees.Snapshot person, LocalDate day, Currency currency) {
        headcount++;
        fte = fte.add(person.attributes().fte());
        tenureDays += ChronoUnit.DAYS.between(person.employee().hireDate(), day);
        if (person.attributes().annualSalary().currency().equals(currency)) {
            salaries.add(person.attributes().annualSalary().amount());
        }
    }

    void countLeaver(ExitReason reason) {
        if (reason == ExitReason.VOLUNTARY) {
            voluntaryLeavers++;
        } else {
            otherLeavers++;
        }
    }

    /** Counts someone employed on one of the monthly days that the average headcount rests on. */
    void countInMonth() {
        monthlyHeadcounts++;
    }

    long headcount() {
        return headcount;
    }

    BigDecimal fte() {
        return fte;
    }

    long tenureDays() {
        return tenureDays;
    }

    List<BigDecimal> salaries() {
        return List.copyOf(salaries);
    }

    long voluntaryLeavers() {
        return voluntaryLeavers;
    }

    long otherLeavers() {
        return otherLeavers;
    }

    long leavers() {
        return voluntaryLeavers + otherLeavers;
    }

    long monthlyHeadcounts() {
        return monthlyHeadcounts;
    }
}
