import { Component } from '@angular/core';

import { EpicrisisComponent } from './features/epicrisis/epicrisis.component';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [EpicrisisComponent],
  template: `<h1>Epicrisis</h1><app-epicrisis />`,
})
export class AppComponent {}
