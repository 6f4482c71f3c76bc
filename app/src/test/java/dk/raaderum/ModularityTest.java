package dk.raaderum;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk only through each other's public API (the types at a module's root package). */
class ModularityTest {

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        ApplicationModules.of(RaaderumApplication.class).verify();
    }
}
