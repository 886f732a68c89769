# Sourced by ./mvnw, ./chancery, ./chancery-editor and .ci/run: exports JAVA_HOME of a JDK 21 or
# newer and puts it first on the PATH, or stops with one line saying what was found and what is
# needed. POSIX sh (./mvnw is a sh script).
#
# Looked at in this order: JAVA_HOME, the javac on the PATH, then the usual install folders
# (CHANCERY_JDK_DIRS overrides the folders, for tests). The first JDK 21+ wins; an older one is
# remembered for the message.

chancery_java_major() {
	"$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# Keeps the name for the scripts that call it (./chancery compares the major version).
java_major() {
	chancery_java_major "$1"
}

chancery_jdk_candidates() {
	if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; fi
	if command -v javac >/dev/null 2>&1; then
		dirname "$(dirname "$(readlink -f "$(command -v javac)")")"
	fi
	for dir in ${CHANCERY_JDK_DIRS-/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home}; do
		if [ -d "$dir" ]; then echo "$dir"; fi
	done
}

chancery_find_jdk() {
	chancery_jdk_candidates | while IFS= read -r candidate; do
		[ -x "$candidate/bin/javac" ] || continue
		major=$(chancery_java_major "$candidate")
		case "$major" in '' | *[!0-9]*) continue ;; esac
		if [ "$major" -ge 21 ]; then
			echo "ok $candidate"
			break
		fi
		echo "old $major $candidate"
	done | awk '/^ok / { print; found = 1; exit } !older { older = $0 } END { if (!found && older) print older }'
}

# (|| true: under a caller's pipefail, an early stop of the candidate list must not end the script)
chancery_jdk=$(chancery_find_jdk || true)
case "$chancery_jdk" in
ok\ *)
	JAVA_HOME=${chancery_jdk#ok }
	;;
old\ *)
	chancery_old=${chancery_jdk#old }
	echo "Chancery needs a JDK 21 or newer, but found only JDK ${chancery_old%% *} (${chancery_old#* }); install JDK 21+ (e.g. Debian's openjdk-21-jdk) or set JAVA_HOME to one." >&2
	exit 1
	;;
*)
	echo "Chancery needs a JDK 21 or newer, and found none (JAVA_HOME=${JAVA_HOME:-unset}; no javac on the PATH or in the usual folders); install JDK 21+ (e.g. Debian's openjdk-21-jdk) or set JAVA_HOME to one." >&2
	exit 1
	;;
esac
unset chancery_jdk chancery_old
export JAVA_HOME
PATH="$JAVA_HOME/bin:$PATH"
export PATH
