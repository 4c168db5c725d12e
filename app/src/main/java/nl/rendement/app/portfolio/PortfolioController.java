package nl.rendement.app.portfolio;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portfolio: every programme's evaluation coverage and return, once programmes exist. */
@Controller
class PortfolioController {

    @GetMapping("/portfolio")
    String portfolio() {
        return "portfolio/index";
    }
}
