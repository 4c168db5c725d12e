package nl.rendement.app.demo;

import java.time.YearMonth;
import java.util.Locale;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.system.InstanceMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a demo start with an empty database, generates the demo organisation (36 months up to last
 * month, with its programmes) and loads it in one transaction. Production starts never do.
 */
@Component
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final InstanceMode mode;
    private final OrgUnits units;
    private final DemoLoader loader;
    private final DemoSpec.DemoSize size;
    private final YearMonth lastMonth;

    DemoStartup(
            InstanceMode mode,
            OrgUnits units,
            DemoLoader loader,
            @Value("${rendement.demo.size:full}") String size,
            @Value("${rendement.demo.last-month:" + DemoSpec.LAST_MONTH + "}") String lastMonth) {
        this.mode = mode;
        this.units = units;
        this.loader = loader;
        this.size = DemoSpec.DemoSize.valueOf(size.strip().toUpperCase(Locale.ROOT));
        this.lastMonth = YearMonth.parse(lastMonth.strip());
    }

    /** Runs once the demo logins exist (the programmes need an owner), before the logins are announced. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void loadWhenEmpty(ApplicationReadyEvent ready) {
        if (mode != InstanceMode.DEMO || !units.all().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        DemoSpec spec = new DemoSpec(DemoSpec.SEED, size, lastMonth);
        DemoOrganisation organisation = DemoGenerator.generate(spec);
        loader.load(organisation);
        log.info(
                "Loaded the demo organisation ({} people over 36 months up to {}) in {} ms",
                organisation.people().size(),
                spec.lastMonth(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
