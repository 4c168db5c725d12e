package nl.rendement.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RendementApplication {

    public static void main(String[] args) {
        SpringApplication.run(RendementApplication.class, args);
    }
}
