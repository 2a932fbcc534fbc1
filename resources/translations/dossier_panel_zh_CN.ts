<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="66"/>
        <source>About Dossier Panel</source>
        <translation>关于案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="67"/>
        <source>Dossier Panel {version}</source>
        <translation>案卷评查 {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="74"/>
        <source>Offline review of enforcement case dossiers: reviewers score, the chair merges and ranks.</source>
        <translation>执法案卷离线评查：评审人评分，评审组长合并、排名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="90"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="91"/>
        <source>Settings</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="92"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="101"/>
        <source>The licence file is missing.</source>
        <translation>许可证文件缺失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="106"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/about_dialog.py" line="114"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="71"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="164"/>
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="194"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="61"/>
        <location filename="../../app/ui/reviewer/actions.py" line="164"/>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="75"/>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="82"/>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="90"/>
        <source>Reason {n}</source>
        <translation>扣分理由 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="98"/>
        <source>Veto {n}</source>
        <translation>否决项 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="104"/>
        <source>Tick or untick the current item&apos;s reason with that number</source>
        <translation>勾选或取消当前评查项中对应编号的扣分理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="109"/>
        <source>Set (with a written reason) or clear the veto with that number</source>
        <translation>设置（须写明理由）或取消对应编号的否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="114"/>
        <source>Free deduction…</source>
        <translation>自由扣分…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="117"/>
        <source>Free deduction with a written reason</source>
        <translation>自由扣分（须写明理由）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="119"/>
        <source>Note on the item</source>
        <translation>评查项备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="123"/>
        <source>Anchor to this page</source>
        <translation>锚定到本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="126"/>
        <source>Anchor the current item&apos;s latest deduction to the page in view</source>
        <translation>把当前评查项最近一条扣分锚定到正在查看的页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="131"/>
        <source>Draw evidence box</source>
        <translation>框选证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="134"/>
        <source>Draw a box round the evidence for the current item&apos;s latest deduction</source>
        <translation>在页面上为当前评查项最近一条扣分框选证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="139"/>
        <source>Anchor new deductions to the page in view</source>
        <translation>新扣分自动锚定到正在查看的页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="147"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="148"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="154"/>
        <source>Mark complete</source>
        <translation>完成评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="159"/>
        <source>Reopen dossier</source>
        <translation>重新打开案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="168"/>
        <source>Next dossier</source>
        <translation>下一份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="175"/>
        <source>Previous dossier</source>
        <translation>上一份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="182"/>
        <source>Show or hide the dossier list</source>
        <translation>显示或隐藏案卷列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="187"/>
        <source>Export reviewer file…</source>
        <translation>导出评审文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="189"/>
        <source>Open package or panel…</source>
        <translation>打开评审包或评查面板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="190"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="198"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="203"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="209"/>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="212"/>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="217"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="225"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="233"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="241"/>
        <source>Find in the dossier</source>
        <translation>在案卷中查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="246"/>
        <source>Next or previous match</source>
        <translation>下一个或上一个匹配</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="247"/>
        <source>Rotate pages</source>
        <translation>旋转页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="248"/>
        <source>Cancel drawing an evidence box</source>
        <translation>取消框选证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="62"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="253"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="258"/>
        <source>&amp;Scoring</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="272"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="281"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="283"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/actions.py" line="292"/>
        <source>About Dossier Panel…</source>
        <translation>关于案卷评查…</translation>
    </message>
</context>
<context>
    <name>Anchor</name>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="106"/>
        <source>no page</source>
        <translation>未锚定页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="108"/>
        <source>p. {page} (box)</source>
        <translation>第 {page} 页（框选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="109"/>
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
</context>
<context>
    <name>AnchorLine</name>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="121"/>
        <source>Show the evidence in the dossier</source>
        <translation>在案卷中显示证据位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="123"/>
        <source>This page</source>
        <translation>本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="124"/>
        <source>Anchor to the page in view (A)</source>
        <translation>锚定到正在查看的页 (A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="126"/>
        <source>Draw box</source>
        <translation>框选</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="127"/>
        <source>Draw a box round the evidence on the page (B)</source>
        <translation>在页面上框选证据 (B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="129"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="130"/>
        <source>Remove this deduction (Ctrl+Z brings it back)</source>
        <translation>删除这条扣分（Ctrl+Z 可恢复）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/shared/application.py" line="105"/>
        <location filename="../../app/ui/start/launcher.py" line="523"/>
        <source>Dossier Panel</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="510"/>
        <source>Open a panel or workspace</source>
        <translation>打开评查面板或评审工作区</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="512"/>
        <source>Panels (*.dpanel)</source>
        <translation>评查面板 (*.dpanel)</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../app/ui/reviewer/shortcuts.py" line="111"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="134"/>
        <source>Choose a dossier on the left.</source>
        <translation>请在左侧选择案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="190"/>
        <source>Overall note on this dossier</source>
        <translation>本案卷总体评查意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="192"/>
        <source>Saved when you leave the field</source>
        <translation>离开输入框时自动保存</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="54"/>
        <source>The computer ran out of memory.</source>
        <translation>电脑内存不足。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="56"/>
        <source>A file could not be opened: the system did not allow it ({file}).</source>
        <translation>无法打开文件：系统不允许访问（{file}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="60"/>
        <source>A file the program needed was not found ({file}).</source>
        <translation>找不到程序需要的文件（{file}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="64"/>
        <source>A file could not be read or written (a full disk or a removed USB stick?).</source>
        <translation>无法读取或写入文件（磁盘已满，或 U 盘已拔出？）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="68"/>
        <source>The panel file could not be read or written.</source>
        <translation>无法读取或写入评查文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="69"/>
        <source>An unexpected error occurred in the program ({kind}).</source>
        <translation>程序发生意外错误（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="77"/>
        <source>Your scores are safe: every change is saved whole or not at all. You can go on working; if something looks wrong, close the program and start it again.</source>
        <translation>您的评分不受影响：每项修改要么完整保存，要么完全不保存。您可以继续工作；如发现异常，请关闭程序后重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="84"/>
        <source>The details are in the log file {path} — please give it to the panel chair.</source>
        <translation>详细信息记录在日志文件 {path} 中，请将其交给评审组长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="95"/>
        <source>Something went wrong</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/crash_handler.py" line="100"/>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>DossierList</name>
    <message>
        <location filename="../../app/ui/reviewer/dossier_list.py" line="160"/>
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/dossier_list.py" line="212"/>
        <source>Complete {done} / {total}</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <location filename="../../app/ui/reviewer/dossier_list.py" line="60"/>
        <source>{pages} pages</source>
        <translation>共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>FreeEditor</name>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="273"/>
        <source>Points to take off (F)</source>
        <translation>扣除分值 (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="275"/>
        <source>Reason (required)</source>
        <translation>扣分理由（必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="276"/>
        <source>Write why the points are taken off; Enter saves</source>
        <translation>写明扣分理由，按 Enter 保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="277"/>
        <source>Deduct</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="278"/>
        <source>Add this deduction (Enter)</source>
        <translation>添加这条扣分 (Enter)</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="341"/>
        <source>Every deduction here needs a page.</source>
        <translation>本项每条扣分都须锚定页码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="355"/>
        <source>Note on this item (N)</source>
        <translation>本项备注 (N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="356"/>
        <source>A note for yourself or the chair; saved when you leave the field</source>
        <translation>给自己或评审组长的备注；离开输入框时自动保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="408"/>
        <source>Score {score} of {maximum} pts</source>
        <translation>得分 {score} / {maximum} 分</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="94"/>
        <source>The package is damaged or is not a reviewer package ({code}). Nothing was changed; ask the panel chair for a new copy.</source>
        <translation>评审包已损坏或不是评审包（{code}）。未作任何更改；请向评审组长索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="99"/>
        <source>This package is not signed by your panel&apos;s key: it may have been swapped on the way. Nothing was changed; ask the panel chair for a new package and slip.</source>
        <translation>此评查包不是由您的评查组密钥签名的，可能在传递途中被调换。未做任何更改；请向评查组长索取新的评查包和口令单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="104"/>
        <source>This is an old, unprotected package, but your workspace came from a protected one: it is not opened over it. Nothing was changed; ask the panel chair.</source>
        <translation>这是旧的无保护评查包，而您的工作区来自受保护的评查包，因此不会用它覆盖。未做任何更改；请联系评查组长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="109"/>
        <source>This package is older than the one already opened on this computer. Your work is kept: open it from “Opened lately”.</source>
        <translation>该评审包比本机已打开的评审包旧。您的工作已保留：请从“最近打开”中打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="114"/>
        <source>The workspace folder for this package belongs to another panel or reviewer. Nothing was changed.</source>
        <translation>该评审包对应的工作区文件夹属于另一个评查面板或评审人。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="119"/>
        <source>The workspace folder {path} cannot be used: it holds something else. Nothing was changed.</source>
        <translation>无法使用工作区文件夹 {path}：其中存有其他内容。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="124"/>
        <source>The package holds no dossiers for you. Ask the panel chair.</source>
        <translation>该评审包中没有分配给您的案卷。请联系评审组长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="126"/>
        <source>The package could not be unpacked onto this computer (is the disk full?): {error}</source>
        <translation>无法将评审包解压到本机（磁盘已满？）：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="129"/>
        <source>The package cannot be opened: {error}</source>
        <translation>无法打开评审包：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="172"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="181"/>
        <source>{name} is not a file this program opens: it opens reviewer packages (.dppkg), panels (.dpanel) and reviewer files (.dpreview).</source>
        <translation>本程序不能打开 {name}：可打开的是评审包（.dppkg）、评查面板（.dpanel）和评审文件（.dpreview）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="190"/>
        <source>{path} is no longer there.</source>
        <translation>{path} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="212"/>
        <source>Opening the package {name}…</source>
        <translation>正在打开评审包 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="248"/>
        <location filename="../../app/ui/start/launcher.py" line="259"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="299"/>
        <source>Building the demo panel (a few seconds, the first time only)…</source>
        <translation>正在生成演示评查面板（仅首次需要几秒钟）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="304"/>
        <source>The demo could not be built: {error}</source>
        <translation>无法生成演示：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="315"/>
        <source>The chair&apos;s window is not part of this version. The chair&apos;s work can be done with the command line: dossier-panel --help</source>
        <translation>此版本不含评审组长窗口。评审组长的工作可以通过命令行完成：dossier-panel --help</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="352"/>
        <source>{name} is a reviewer&apos;s file for the panel chair. No panel has been opened on this computer yet: the chair opens the panel (Open a panel), then merges the file in step 4, Merge.</source>
        <translation>{name} 是交给评审组长的评审文件。本机尚未打开过评查面板：请评审组长先打开评查面板（“打开评查面板”），再在第 4 步“合并”中合并该文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/launcher.py" line="379"/>
        <source>{name} belongs to another panel than “{title}”. Open that panel (Panel ▸ Open panel…), then merge the file in step 4.</source>
        <translation>{name} 不属于评查面板“{title}”。请打开其所属的评查面板（评查面板 ▸ 打开评查面板…），再在第 4 步中合并该文件。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/ui/shared/message_bar.py" line="29"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/message_bar.py" line="30"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="31"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="55"/>
        <source>not looked at</source>
        <translation>尚未查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="37"/>
        <source>a written reason is missing</source>
        <translation>缺少书面理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="38"/>
        <source>the deduction needs a page in the dossier</source>
        <translation>扣分须锚定案卷页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="39"/>
        <source>the page is outside the dossier</source>
        <translation>页码超出案卷范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="40"/>
        <source>more points off than the item&apos;s maximum</source>
        <translation>扣分超过该项满分</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="41"/>
        <source>the points do not fit the chosen reason</source>
        <translation>分值与所选扣分理由不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="42"/>
        <source>the points must be above 0</source>
        <translation>分值必须大于 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="43"/>
        <source>the points are not a number with at most two decimals</source>
        <translation>分值不是最多两位小数的数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="44"/>
        <source>the text is too long</source>
        <translation>文字过长</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="45"/>
        <source>this item takes only its listed reasons</source>
        <translation>本项只能按所列理由扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="46"/>
        <source>the item is not in this checklist</source>
        <translation>评查表中没有此项</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="47"/>
        <source>the reason is not in this checklist</source>
        <translation>评查表中没有此扣分理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="48"/>
        <source>the veto is not in this checklist</source>
        <translation>评查表中没有此否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="56"/>
        <source>the deduction no longer exists</source>
        <translation>这条扣分已不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="57"/>
        <source>the dossier is not assigned to you</source>
        <translation>此案卷未分配给您</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="82"/>
        <location filename="../../app/ui/shared/messages.py" line="101"/>
        <source> and {more} more</source>
        <translation>等，另有 {more} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="87"/>
        <source>{count} items were never looked at: {items}. Complete the dossier anyway?</source>
        <translation>有 {count} 项尚未查看：{items}。仍然完成本案卷评查吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="94"/>
        <source>{item}: {problem}</source>
        <translation>{item}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="102"/>
        <source>Not complete yet — {problems}.</source>
        <translation>尚不能完成——{problems}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="107"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="108"/>
        <source>The panel file is read-only (a write-protected stick or folder?).</source>
        <translation>评查文件为只读（U 盘或文件夹写保护？）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="111"/>
        <source>The panel file is in use by another program.</source>
        <translation>评查文件正被其他程序占用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="112"/>
        <source>The panel file could not be written.</source>
        <translation>评查文件无法写入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="113"/>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="114"/>
        <source>The panel file could not be read.</source>
        <translation>评查文件无法读取。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="117"/>
        <source>{problem} The last change was NOT saved; the screen shows what is saved.</source>
        <translation>{problem}刚才的修改没有保存；界面已恢复为已保存的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="121"/>
        <source>Not saved — {where}: {problem}.</source>
        <translation>未保存——{where}：{problem}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="128"/>
        <source>The PDF is password-protected.</source>
        <translation>该 PDF 有密码保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="129"/>
        <source>The PDF is damaged; some pages may not show.</source>
        <translation>该 PDF 已损坏，部分页面可能无法显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="130"/>
        <source>The PDF file is missing.</source>
        <translation>找不到该 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="131"/>
        <source>The file is not a PDF.</source>
        <translation>该文件不是 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="132"/>
        <source>The PDF has no pages.</source>
        <translation>该 PDF 没有页面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="133"/>
        <source>The page renderer stopped; it is being restarted.</source>
        <translation>页面渲染进程已停止，正在重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="135"/>
        <source>The PDF cannot be shown ({code}).</source>
        <translation>无法显示该 PDF（{code}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="150"/>
        <location filename="../../app/ui/shared/messages.py" line="170"/>
        <source>The panel is open in another window or program. Close it there, then open it here.</source>
        <translation>该评查面板已在另一个窗口或程序中打开。请先在那里关闭，再在这里打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="158"/>
        <source>the chair&apos;s window</source>
        <translation>评审组长窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="159"/>
        <source>a reviewer&apos;s window</source>
        <translation>评审人窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="160"/>
        <source>another window</source>
        <translation>另一个窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="161"/>
        <source>The panel is open in another window: {who} (computer {host}, process {pid}, since {since}). Close it there, then open it here.</source>
        <translation>该评查面板已在另一个窗口中打开：{who}（计算机 {host}，进程 {pid}，自 {since} 起）。请先在那里关闭，再在这里打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="166"/>
        <source>The panel is being changed by a command ({name}; computer {host}, process {pid}, since {since}). Try again when it has finished.</source>
        <translation>该评查面板正由命令修改（{name}；计算机 {host}，进程 {pid}，自 {since} 起）。请待其完成后再试。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="49"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="50"/>
        <source>The file is not a panel or a reviewer&apos;s workspace.</source>
        <translation>该文件不是评查面板或评审工作区。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="51"/>
        <source>The file was made by a newer version of the program.</source>
        <translation>该文件由更新版本的程序创建。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="52"/>
        <source>The file is in use by another program.</source>
        <translation>该文件正被其他程序占用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="53"/>
        <source>The file&apos;s folder cannot be written to (read-only?).</source>
        <translation>文件所在文件夹无法写入（是否只读？）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="54"/>
        <source>Choose the reviewer to score as.</source>
        <translation>请选择以哪位评审人的身份评分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="55"/>
        <source>There is no such reviewer in this panel.</source>
        <translation>本面板中没有该评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="56"/>
        <source>This workspace belongs to another reviewer.</source>
        <translation>该工作区属于另一位评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="58"/>
        <source>The file cannot be opened: {error}</source>
        <translation>无法打开文件：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="68"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="69"/>
        <source>Score as which reviewer?</source>
        <translation>以哪位评审人的身份评分？</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/opening.py" line="124"/>
        <source>No reviewer was chosen.</source>
        <translation>未选择评审人。</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../app/ui/shared/passphrase_dialog.py" line="93"/>
        <source>That is not a passphrase: it has 24 letters and digits in six groups.</source>
        <translation>这不是口令：口令由六组共24个字母和数字组成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/passphrase_dialog.py" line="96"/>
        <source>The passphrase does not open this package. Check it against the slip (the slip of this package, not another one) and type it again.</source>
        <translation>口令不对，无法打开。请对照口令单（本评查包的口令单，而不是别的）重新输入。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/shared/passphrase_dialog.py" line="27"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/passphrase_dialog.py" line="30"/>
        <source>{what} is protected. Type the passphrase printed on the slip the panel chair gave you with it.</source>
        <translation>{what}受口令保护。请输入评查组长随附给您的口令单上印的口令。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/passphrase_dialog.py" line="76"/>
        <source>{typed} of 24 letters and digits; case, spaces and hyphens do not matter.</source>
        <translation>已输入 {typed}/24 个字母和数字；大小写、空格和连字符不影响。</translation>
    </message>
</context>
<context>
    <name>PdfPageArea</name>
    <message>
        <location filename="../../app/ui/pdf/pages.py" line="428"/>
        <source>This page could not be shown.</source>
        <translation>此页无法显示。</translation>
    </message>
</context>
<context>
    <name>PdfSearchBar</name>
    <message>
        <location filename="../../app/ui/pdf/search.py" line="112"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/search.py" line="116"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/search.py" line="117"/>
        <source>Next match (F3, Enter)</source>
        <translation>下一个匹配 (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/search.py" line="118"/>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/search.py" line="176"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/search.py" line="178"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/search.py" line="180"/>
        <source>reading text: %1 of %2 pages</source>
        <translation>正在读取文字：%1 / %2 页</translation>
    </message>
</context>
<context>
    <name>PdfSidebar</name>
    <message>
        <location filename="../../app/ui/pdf/sidebar.py" line="68"/>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/sidebar.py" line="69"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/sidebar.py" line="100"/>
        <source>This document has no outline.</source>
        <translation>本文档没有目录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/sidebar.py" line="106"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/sidebar.py" line="109"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="32"/>
        <source>Show or hide thumbnails and contents</source>
        <translation>显示或隐藏缩略图和目录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="36"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="40"/>
        <source>Type a page number and press Enter to go there</source>
        <translation>输入页码后按 Enter 跳转</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="45"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="47"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大 (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="52"/>
        <source>Zoom (Ctrl+wheel; Ctrl+0 fits the width)</source>
        <translation>缩放（Ctrl+滚轮；Ctrl+0 适合宽度）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="53"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="54"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="62"/>
        <source>Rotate the pages 90° clockwise (view only)</source>
        <translation>页面顺时针旋转 90°（仅影响显示）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="64"/>
        <source>Find text in the document (Ctrl+F)</source>
        <translation>在文档中查找文字 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/toolbar.py" line="97"/>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="135"/>
        <source>Enter password…</source>
        <translation>输入密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="443"/>
        <source>“%1” is protected by a password.</source>
        <translation>“%1”有密码保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="445"/>
        <source>The password was not correct. Please try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="446"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="450"/>
        <source>Password required</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="466"/>
        <source>The PDF file of this dossier was not found.</source>
        <translation>找不到本案卷的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="468"/>
        <source>The PDF file of this dossier could not be read (no permission, or a disk error).</source>
        <translation>无法读取本案卷的 PDF 文件（没有权限或磁盘错误）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="470"/>
        <source>This file is not a PDF document, or it is badly damaged.</source>
        <translation>该文件不是 PDF 文档，或已严重损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="471"/>
        <source>The PDF file is damaged and cannot be shown.</source>
        <translation>该 PDF 文件已损坏，无法显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="472"/>
        <source>The PDF file has no pages.</source>
        <translation>该 PDF 文件没有页面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="474"/>
        <source>The PDF file has far more pages than a dossier can have ({limit} at most) and is not shown.</source>
        <translation>该 PDF 文件的页数远超案卷应有的页数（最多 {limit} 页），不予显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="476"/>
        <source>This PDF is protected by a password and was not opened.</source>
        <translation>该 PDF 有密码保护，未能打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="478"/>
        <source>The page renderer stopped repeatedly while showing this file; the file may be damaged.</source>
        <translation>显示此文件时页面渲染进程多次停止，文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf/view.py" line="481"/>
        <source>The PDF file cannot be shown.</source>
        <translation>无法显示该 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <location filename="../../app/ui/shared/look.py" line="91"/>
        <source>{points} pts</source>
        <translation>{points} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/look.py" line="96"/>
        <source>-{points} pts</source>
        <translation>扣 {points} 分</translation>
    </message>
</context>
<context>
    <name>ReasonRow</name>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="167"/>
        <source>Tick or untick this reason ({key})</source>
        <translation>勾选或取消此扣分理由 ({key})</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_items.py" line="183"/>
        <source>{low}–{high} pts: set the points, then tick</source>
        <translation>{low}–{high} 分：先设定分值，再勾选</translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="118"/>
        <source>Arrives with the offline loop: export works in a reviewer&apos;s workspace</source>
        <translation>随离线流程提供：在评审工作区中可导出评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="150"/>
        <source>No dossiers are assigned to this reviewer.</source>
        <translation>没有分配给该评审人的案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="216"/>
        <source>The PDF of this dossier is missing.</source>
        <translation>本案卷的 PDF 文件缺失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="228"/>
        <source>This item allows no free deduction.</source>
        <translation>本项不允许自由扣分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="234"/>
        <source>The current item has no deduction to anchor.</source>
        <translation>当前评查项没有可锚定的扣分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="257"/>
        <source>This dossier is complete: reopen it to change its scores.</source>
        <translation>本案卷已完成评查：如需修改请先重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="274"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="274"/>
        <source>Undo {what}</source>
        <translation>撤销{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="276"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="276"/>
        <source>Redo {what}</source>
        <translation>重做{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="296"/>
        <source>Next dossier</source>
        <translation>下一份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="299"/>
        <source>Marked complete. Complete {done} / {total}.</source>
        <translation>已标记完成。已完成 {done} / {total}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="305"/>
        <source>Go to the item</source>
        <translation>转到该项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="315"/>
        <source>Complete anyway</source>
        <translation>仍然完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="317"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="342"/>
        <source>This is an old, unprotected package (not encrypted, not signed): you can read the dossiers, but not score them or export. Ask the panel chair for a new package; the scores you entered are carried over.</source>
        <translation>这是旧的无保护评查包（未加密、未签名）：只能阅读案卷，不能评分或导出。请向评查组长索取新的评查包；已录入的评分会带入新工作区。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="358"/>
        <source>Export reviewer file</source>
        <translation>导出评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="358"/>
        <source>Reviewer files (*.dpreview)</source>
        <translation>评审文件 (*.dpreview)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="365"/>
        <source>Your signing key</source>
        <translation>您的签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="384"/>
        <source>Reviewer file written: {path}</source>
        <translation>评审文件已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="376"/>
        <source>The reviewer file could not be written: {error}</source>
        <translation>评审文件未能写入：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="424"/>
        <source>{name} ({id}, {role})</source>
        <translation>{name}（{id}，{role}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="430"/>
        <source>Page {page} / {count}</source>
        <translation>第 {page} / {count} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="433"/>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="433"/>
        <source>No changes yet</source>
        <translation>尚无修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="442"/>
        <source>Dossier Panel</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="451"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="460"/>
        <source>Not saved!</source>
        <translation>未保存！</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="468"/>
        <source>Open a reviewer package or a panel</source>
        <translation>打开评审包或评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/window.py" line="470"/>
        <source>Reviewer packages and panels (*.dppkg *.dpanel);;Reviewer files (*.dpreview)</source>
        <translation>评审包和评查面板 (*.dppkg *.dpanel);;评审文件 (*.dpreview)</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message>
        <location filename="../../app/ui/reviewer/scoring.py" line="154"/>
        <location filename="../../app/ui/reviewer/scoring.py" line="160"/>
        <source>Open the dossier&apos;s PDF first.</source>
        <translation>请先打开案卷的 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/scoring.py" line="165"/>
        <source>Drag a box round the evidence on the page (Esc cancels).</source>
        <translation>在页面上拖出方框框选证据（Esc 取消）。</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="65"/>
        <location filename="../../app/ui/start/start_screen.py" line="68"/>
        <source>Dossier Panel</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="74"/>
        <source>Review of enforcement case dossiers, on this computer, without a network.</source>
        <translation>执法案卷评查：在本机进行，无需联网。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="80"/>
        <location filename="../../app/ui/start/start_screen.py" line="171"/>
        <source>Open a reviewer package</source>
        <translation>打开评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="81"/>
        <source>The .dppkg file the panel chair gave you (on a USB stick). You score on this computer.</source>
        <translation>评审组长交给您的 .dppkg 文件（在 U 盘上）。在本机评分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="85"/>
        <location filename="../../app/ui/start/start_screen.py" line="177"/>
        <source>Open a panel</source>
        <translation>打开评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="86"/>
        <source>For the panel chair: a .dpanel file — packages, merging, results, printing.</source>
        <translation>供评审组长使用：.dpanel 文件——评审包、合并、结果、打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="90"/>
        <source>New panel</source>
        <translation>新建评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="90"/>
        <source>For the panel chair: start a review panel from a rule set.</source>
        <translation>供评审组长使用：按评查规则新建评查面板。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="93"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="94"/>
        <source>A sample panel of synthetic dossiers; you score as expert E1. Nothing real is changed.</source>
        <translation>一个由虚构案卷组成的示例评查面板；您以专家 E1 的身份评分。不会改动任何真实数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="106"/>
        <source>What would you like to do?</source>
        <translation>您要做什么？</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="116"/>
        <source>Nothing opened yet.</source>
        <translation>尚未打开过任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="120"/>
        <source>Opened lately</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="145"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="148"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="171"/>
        <source>Reviewer packages (*.dppkg)</source>
        <translation>评审包 (*.dppkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="177"/>
        <source>Panels (*.dpanel)</source>
        <translation>评查面板 (*.dpanel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="216"/>
        <source>chair</source>
        <translation>评审组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="218"/>
        <source>reviewer {id}</source>
        <translation>评审人 {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/start/start_screen.py" line="220"/>
        <source>reviewer</source>
        <translation>评审人</translation>
    </message>
</context>
<context>
    <name>TotalsHeader</name>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="95"/>
        <source>Score {score} / {maximum}</source>
        <translation>得分 {score} / {maximum}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="102"/>
        <source>Veto set: {vetoes}</source>
        <translation>已选否决项：{vetoes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="104"/>
        <source>{veto} ({effect})</source>
        <translation>{veto}（{effect}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="115"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="116"/>
        <source>Reopen this dossier to change its scores (Ctrl+Shift+Enter)</source>
        <translation>重新打开本案卷以修改评分 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="118"/>
        <source>Mark complete</source>
        <translation>完成评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/checklist_panel.py" line="119"/>
        <source>Check the dossier and mark it complete (Ctrl+Enter)</source>
        <translation>检查并标记本案卷评查完成 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../app/ui/reviewer/undo.py" line="54"/>
        <source>deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/undo.py" line="66"/>
        <source>removing a deduction</source>
        <translation>删除扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/undo.py" line="79"/>
        <source>evidence anchor</source>
        <translation>证据锚点</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/undo.py" line="81"/>
        <source>changing points</source>
        <translation>修改分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/undo.py" line="102"/>
        <source>veto</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/undo.py" line="104"/>
        <source>clearing a veto</source>
        <translation>取消否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/undo.py" line="126"/>
        <source>review note</source>
        <translation>评查意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/undo.py" line="140"/>
        <source>item note</source>
        <translation>评查项备注</translation>
    </message>
</context>
<context>
    <name>VetoBox</name>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="155"/>
        <source>Vetoes and grave defects</source>
        <translation>否决项与严重问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="159"/>
        <source>Tick only with a written reason.</source>
        <translation>勾选时须写明理由。</translation>
    </message>
</context>
<context>
    <name>VetoRow</name>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="43"/>
        <source>Set or clear this veto ({key}); a written reason is required</source>
        <translation>设置或取消此否决项 ({key})；须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="52"/>
        <source>Edit reason</source>
        <translation>修改理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="53"/>
        <source>Change the written reason of this veto</source>
        <translation>修改此否决项的书面理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="56"/>
        <source>Reason for the veto (required)</source>
        <translation>否决理由（必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="57"/>
        <source>Set veto</source>
        <translation>确认否决</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="58"/>
        <source>Save the veto with this reason (Enter)</source>
        <translation>以此理由保存否决项 (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="60"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="61"/>
        <source>Leave the veto unset (Esc)</source>
        <translation>不设置否决项 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer/veto_box.py" line="102"/>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
</context>
</TS>
