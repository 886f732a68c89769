# Sourced by .ci/run and the project's scripts: exports JAVA_HOME of a JDK 21 or newer, or stops
# with a message saying how to get one.

java_major() {
	"$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

find_jdk() {
	local candidate
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
		if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
			echo "$candidate"
			return 0
		fi
	done
	if command -v javac >/dev/null; then
		candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
		if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
			echo "$candidate"
			return 0
		fi
	fi
	return 1
}

if ! JAVA_HOME=$(find_jdk); then
	echo "Chancery needs a JDK 21 or newer; none was found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm)." >&2
	echo "Install one (for example Debian's openjdk-21-jdk or Temurin 21+) and set JAVA_HOME to it." >&2
	exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
