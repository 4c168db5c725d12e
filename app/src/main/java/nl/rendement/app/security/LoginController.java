package nl.rendement.app.security;

import nl.rendement.app.system.InstanceMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final InstanceMode mode;

    LoginController(InstanceMode mode) {
        this.mode = mode;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (mode == InstanceMode.DEMO) {
            model.addAttribute("demoLogins", DemoAccounts.LOGINS);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        return "security/login";
    }
}
