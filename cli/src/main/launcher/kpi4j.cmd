@echo off
rem kpi4j: runs the kpi4j.jar beside this file, faster than "java -jar kpi4j.jar", through
rem class-data sharing (AppCDS). Put this folder on PATH, then: kpi4j validate plan.json
rem
rem The Windows twin of the POSIX launcher "kpi4j" beside it, whose comments say why each step
rem is as it is: the first run on a given jar and JVM runs the command as java -jar would, then a
rem training run writes an archive of the classes the commands load to a file of its own, which
rem is checked and renamed into place; later runs map it. Without a usable cache folder every run
rem is a plain run, without a message.
rem
rem Environment: JAVA_HOME (default: java.exe on PATH; Java 17 or later), KPI4J_JAVA_OPTS (more
rem JVM options), KPI4J_CACHE_DIR (default: %LOCALAPPDATA%\kpi4j), KPI4J_CDS=off (no archive).
setlocal DisableDelayedExpansion
set "KPI4J_JAR=%~dp0kpi4j.jar"

if not defined JAVA_HOME goto javaOnPath
set "KPI4J_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%KPI4J_JAVA%" goto javaFound
:javaOnPath
set "KPI4J_JAVA="
for %%J in (java.exe) do set "KPI4J_JAVA=%%~$PATH:J"
if defined KPI4J_JAVA goto javaFound
echo kpi4j: no java found: install Java 17 or later, or set JAVA_HOME 1>&2
exit /b 2
:javaFound

set "KPI4J_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -XX:-UsePerfData -Xlog:cds*=off -Xlog:class+path*=off"
set "KPI4J_MAJOR_NUMBER=0"

rem Which JVM: its release file names the version without starting it.
for %%J in ("%KPI4J_JAVA%") do set "KPI4J_JAVA_HOME=%%~dpJ.."
if not exist "%KPI4J_JAVA_HOME%\release" goto options
set "KPI4J_VERSION="
for /f "usebackq tokens=1,* delims==" %%A in ("%KPI4J_JAVA_HOME%\release") do (
  if "%%A"=="JAVA_VERSION" set "KPI4J_VERSION=%%~B"
)
if not defined KPI4J_VERSION goto options
set "KPI4J_MAJOR="
for /f "delims=.-+_" %%V in ("%KPI4J_VERSION%") do set "KPI4J_MAJOR=%%V"
if defined KPI4J_MAJOR set /a KPI4J_MAJOR_NUMBER=KPI4J_MAJOR 2>nul
:options
rem Java 25 logs some archive messages under a tag that older JVMs refuse.
if %KPI4J_MAJOR_NUMBER% GEQ 25 set "KPI4J_OPTS=%KPI4J_OPTS% -Xlog:aot*=off"
set "KPI4J_OPTS=%KPI4J_OPTS% %KPI4J_JAVA_OPTS%"
if /i "%KPI4J_CDS%"=="off" goto plain
if %KPI4J_MAJOR_NUMBER% LSS 13 goto plain

if defined KPI4J_CACHE_DIR (set "KPI4J_CACHE=%KPI4J_CACHE_DIR%") else if defined LOCALAPPDATA (set "KPI4J_CACHE=%LOCALAPPDATA%\kpi4j") else goto plain

rem An archive is only valid for the JVM and the jar that made it: both are in its name.
for %%F in ("%KPI4J_JAR%") do set "KPI4J_JAR_ID=%%~zF-%%~tF"
for %%F in ("%KPI4J_JAVA_HOME%\release") do set "KPI4J_JAVA_ID=%%~zF-%%~tF"
set "KPI4J_ID=%KPI4J_VERSION%-%KPI4J_JAR_ID%-%KPI4J_JAVA_ID%"
set "KPI4J_ID=%KPI4J_ID:/=-%"
set "KPI4J_ID=%KPI4J_ID::=-%"
set "KPI4J_ID=%KPI4J_ID: =-%"
set "KPI4J_ID=%KPI4J_ID:.=-%"
rem Java 25 and later: an AOT cache, which holds the classes linked as well; older: a static archive.
rem STRICT makes the JVM fail rather than run without the archive: the check of a new one.
set "KPI4J_KIND=jsa"
set "KPI4J_USE=-XX:SharedArchiveFile"
set "KPI4J_STRICT=-Xshare:on"
if %KPI4J_MAJOR_NUMBER% GEQ 25 set "KPI4J_KIND=aot"
if %KPI4J_MAJOR_NUMBER% GEQ 25 set "KPI4J_USE=-XX:AOTCache"
if %KPI4J_MAJOR_NUMBER% GEQ 25 set "KPI4J_STRICT=-XX:AOTMode=on"
rem One archive for the commands that load the office and HTML libraries, one for the others.
set "KPI4J_SET=base"
if "%~1"=="import" set "KPI4J_SET=full"
if "%~1"=="render" set "KPI4J_SET=full"
if "%~1"=="report" set "KPI4J_SET=full"
set "KPI4J_ARCHIVE=%KPI4J_CACHE%\kpi4j-%KPI4J_ID%-%KPI4J_SET%.%KPI4J_KIND%"

if not exist "%KPI4J_ARCHIVE%" goto firstUse
rem The main class by name, as the archive holds it: -jar would open the jar for its manifest alone.
"%KPI4J_JAVA%" %KPI4J_OPTS% "%KPI4J_USE%=%KPI4J_ARCHIVE%" -cp "%KPI4J_JAR%" io.github.kpi4j.cli.Main %*
exit /b %ERRORLEVEL%

:plain
"%KPI4J_JAVA%" %KPI4J_OPTS% -jar "%KPI4J_JAR%" %*
exit /b %ERRORLEVEL%

:firstUse
"%KPI4J_JAVA%" %KPI4J_OPTS% -jar "%KPI4J_JAR%" %*
set "KPI4J_STATUS=%ERRORLEVEL%"
if not exist "%KPI4J_CACHE%\" mkdir "%KPI4J_CACHE%" >nul 2>&1
set "KPI4J_TMP=%KPI4J_CACHE%\.kpi4j-%RANDOM%%RANDOM%.%KPI4J_KIND%.tmp"
if exist "%KPI4J_TMP%" goto done
type nul >"%KPI4J_TMP%" 2>nul || goto done
set "KPI4J_LIST=%KPI4J_TMP%.classlist"
if "%KPI4J_KIND%"=="aot" goto trainAot
rem A static archive: Java 17 leaves picocli's Java 5 class files out of one written at exit.
"%KPI4J_JAVA%" %KPI4J_OPTS% "-XX:DumpLoadedClassList=%KPI4J_LIST%" -cp "%KPI4J_JAR%" io.github.kpi4j.cli.ClassDataTraining %KPI4J_SET% <nul >nul 2>&1 || goto clean
"%KPI4J_JAVA%" %KPI4J_OPTS% -Xshare:dump "-XX:SharedClassListFile=%KPI4J_LIST%" "-XX:SharedArchiveFile=%KPI4J_TMP%" -cp "%KPI4J_JAR%" <nul >nul 2>&1 || goto clean
goto check
:trainAot
rem Java 25 records the training run and writes the cache in one step.
"%KPI4J_JAVA%" %KPI4J_OPTS% "-XX:AOTCacheOutput=%KPI4J_TMP%" -cp "%KPI4J_JAR%" io.github.kpi4j.cli.ClassDataTraining %KPI4J_SET% <nul >nul 2>&1 || goto clean
:check
"%KPI4J_JAVA%" %KPI4J_OPTS% %KPI4J_STRICT% "%KPI4J_USE%=%KPI4J_TMP%" -XX:ErrorFile=NUL -XX:-CreateCoredumpOnCrash -cp "%KPI4J_JAR%" -version <nul >nul 2>&1 || goto clean
move /y "%KPI4J_TMP%" "%KPI4J_ARCHIVE%" >nul 2>&1 || goto clean
rem Every build and every JVM update makes an archive of its own, tens of megabytes each: the
rem three newest of each set stay (two installations used in turn keep theirs), older ones go.
for /f "skip=3 delims=" %%f in ('dir /b /a-d /o-d "%KPI4J_CACHE%\kpi4j-*-%KPI4J_SET%.*" 2^>nul') do del /f /q "%KPI4J_CACHE%\%%f" >nul 2>&1
rem Archives named before there were two sets (no -base or -full) serve no run any more.
for /f "delims=" %%f in ('dir /b /a-d "%KPI4J_CACHE%\kpi4j-*.*" 2^>nul ^| findstr /v /i /e /c:"-base.jsa" /c:"-full.jsa" /c:"-base.aot" /c:"-full.aot"') do del /f /q "%KPI4J_CACHE%\%%f" >nul 2>&1
:clean
del /q "%KPI4J_TMP%" "%KPI4J_TMP%.config" >nul 2>&1
if defined KPI4J_LIST del /q "%KPI4J_LIST%" >nul 2>&1
:done
exit /b %KPI4J_STATUS%
