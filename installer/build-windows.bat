@echo off
rem Build TokoDesk-Setup-<version>.exe on a Windows PC with Python 3.11+ and Inno Setup 6.
rem   installer\build-windows.bat
setlocal
cd /d "%~dp0\.."
if not exist .venv\Scripts\python.exe py -3 -m venv .venv || exit /b 1
.venv\Scripts\python -m pip install -q -e . pyinstaller || exit /b 1
for /f %%v in ('.venv\Scripts\python -c "import tokodesk; print(tokodesk.__version__)"') do set VERSION=%%v
.venv\Scripts\pyside6-lrelease resources\i18n\tokodesk_en.ts -qm resources\i18n\tokodesk_en.qm || exit /b 1
.venv\Scripts\pyinstaller installer\tokodesk.spec --noconfirm --distpath build\dist --workpath build\work || exit /b 1
build\dist\TokoDesk\TokoDesk.exe --self-test || exit /b 1
"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=%VERSION% installer\tokodesk.iss || exit /b 1
echo Built build\installer\TokoDesk-Setup-%VERSION%.exe
