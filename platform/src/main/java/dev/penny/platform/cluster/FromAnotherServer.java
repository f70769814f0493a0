package dev.penny.platform.cluster;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Qualifies a {@link ClusterWide} event that another server of the cluster fired. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface FromAnotherServer {

  /** The qualifier as a value, for {@code Event.select}. */
  final class Literal extends AnnotationLiteral<FromAnotherServer> implements FromAnotherServer {
    public static final Literal INSTANCE = new Literal();
    private static final long serialVersionUID = 1L;
  }
}
