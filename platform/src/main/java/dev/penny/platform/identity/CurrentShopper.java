package dev.penny.platform.identity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Qualifies the signed-in shopper of the current request: {@code @Inject @CurrentShopper Shopper}.
 * Asking for it when nobody is signed in is a {@link NotSignedInException}; code that serves both
 * asks {@link ShopperContext#shopper()} instead.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface CurrentShopper {}
