package nl.rendement.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.rendement.app.evaluation.EvaluateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RendementApplication {

    /**
     * Starts the web application, or with {@code evaluate FILE [--lang en|nl]} evaluates one
     * evaluation file and exits, without a Spring context, web server or database.
     */
    public static void main(String[] args) {
        if (EvaluateCommand.isRequested(args)) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(EvaluateCommand.run(Arrays.asList(args).subList(1, args.length), out, err));
        }
        SpringApplication.run(RendementApplication.class, args);
    }
}
