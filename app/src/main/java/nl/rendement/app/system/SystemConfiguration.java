package nl.rendement.app.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    InstanceMode instanceMode(@Value("${rendement.demo:false}") boolean demo) {
        return demo ? InstanceMode.DEMO : InstanceMode.PRODUCTION;
    }

    /** Migrates, then refuses a database that belongs to the other kind of instance. */
    @Bean
    FlywayMigrationStrategy migrateThenGuardInstance(InstanceMode mode) {
        return flyway -> {
            flyway.migrate();
            new InstanceGuard(new JdbcTemplate(flyway.getConfiguration().getDataSource())).claim(mode);
        };
    }
}
