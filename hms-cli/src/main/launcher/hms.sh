#!/bin/sh
# hms: the HMS command line. This file is a launcher script with the command's jar appended to it.
java="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; fi
major=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ -z "$major" ] || [ "$major" -lt 21 ]; then
  echo "hms needs Java 21 or newer; '$java' is ${major:-not found}. Set JAVA_HOME to a JDK 21+." >&2
  exit 2
fi
exec "$java" ${HMS_JAVA_OPTS:-} -jar "$0" "$@"
